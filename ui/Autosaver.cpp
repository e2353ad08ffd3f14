#include "Autosaver.h"

#include "ScheduleDocument.h"

#include "scenario/ScenarioIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace lymph {

namespace {

const QString kScenarioSuffix = QStringLiteral(".lymphoscope.json");
const QString kNoteSuffix = QStringLiteral(".note.json");
const QString kLockSuffix = QStringLiteral(".lock");

QString basePathFor(const QString &autosavePath)
{
    QString base = autosavePath;
    base.chop(kScenarioSuffix.size());
    return base;
}

QString notePathFor(const QString &autosavePath) { return basePathFor(autosavePath) + kNoteSuffix; }

QString lockPathFor(const QString &autosavePath) { return basePathFor(autosavePath) + kLockSuffix; }

} // namespace

Autosaver::Autosaver(ScheduleDocument *document, const QString &directory, QObject *parent)
    : QObject(parent), m_document(document), m_directory(directory),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/autosave");
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            emit autosaveFailed(error);
    });
    connect(m_document, &ScheduleDocument::changed, this, &Autosaver::documentChanged);
    connect(m_document, &ScheduleDocument::cleanChanged, this, [this](bool clean) {
        if (clean && !m_abandoned) {
            m_timer.stop();
            removeOwnCopy();
        }
    });
}

void Autosaver::abandon()
{
    m_timer.stop();
    m_abandoned = true;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

Autosaver::~Autosaver()
{
    if (!m_abandoned)
        removeOwnCopy();
    m_lock.reset(); // unlocks and removes the lock file
}

bool Autosaver::lockSession()
{
    if (m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(lockPathFor(autosavePath()));
    lock->setStaleLockTime(0); // only a dead process's lock is stale, never a slow one's
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

QString Autosaver::autosavePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("session-%1%2").arg(m_sessionId, kScenarioSuffix));
}

void Autosaver::documentChanged()
{
    if (m_abandoned)
        return;
    // At most one write per delay, however fast the edits come (a drag).
    if (!m_timer.isActive())
        m_timer.start();
}

bool Autosaver::saveNow(QString *error)
{
    m_timer.stop();
    if (!m_document->isModified()) {
        removeOwnCopy();
        return true;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("The autosave folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (!lockSession()) {
        if (error)
            *error = tr("The autosave folder %1 cannot be written.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (const auto failure =
            saveScenarioFile(autosavePath().toStdString(), m_document->scenario())) {
        if (error)
            *error = tr("Autosave failed: %1").arg(QString::fromStdString(*failure));
        return false;
    }
    QJsonObject note;
    note.insert(QStringLiteral("original_path"), m_document->filePath());
    note.insert(QStringLiteral("name"), m_document->displayName());
    note.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(notePathFor(autosavePath()));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(note).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Autosave failed: %1").arg(file.errorString());
        return false;
    }
    return true;
}

void Autosaver::removeOwnCopy()
{
    QFile::remove(autosavePath());
    QFile::remove(notePathFor(autosavePath()));
}

QList<RecoverableWork> Autosaver::recoverable() const
{
    QList<RecoverableWork> found;
    const QDir directory(m_directory);
    const QStringList files = directory.entryList({QStringLiteral("session-*") + kScenarioSuffix},
                                                  QDir::Files);
    for (const QString &name : files) {
        const QString path = directory.filePath(name);
        if (path == autosavePath())
            continue;
        // A copy whose session still runs (another window) is not left behind.
        QLockFile owner(lockPathFor(path));
        owner.setStaleLockTime(0);
        if (!owner.tryLock(0))
            continue;
        owner.unlock();
        RecoverableWork work;
        work.autosavePath = path;
        work.savedAt = QFileInfo(path).lastModified();
        QFile noteFile(notePathFor(path));
        if (noteFile.open(QIODevice::ReadOnly)) {
            const QJsonObject note = QJsonDocument::fromJson(noteFile.read(64 * 1024)).object();
            work.originalPath = note.value(QStringLiteral("original_path")).toString();
            work.name = note.value(QStringLiteral("name")).toString();
        }
        if (work.name.isEmpty())
            work.name = QFileInfo(work.originalPath).fileName();
        found.append(work);
    }
    std::sort(found.begin(), found.end(), [](const RecoverableWork &a, const RecoverableWork &b) {
        return a.savedAt > b.savedAt;
    });
    return found;
}

void Autosaver::discard(const RecoverableWork &work)
{
    QFile::remove(work.autosavePath);
    QFile::remove(notePathFor(work.autosavePath));
    QFile::remove(lockPathFor(work.autosavePath));
}

} // namespace lymph
