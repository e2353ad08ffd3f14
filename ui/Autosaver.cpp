#include "Autosaver.h"

#include "FileProblemText.h"
#include "ScheduleDocument.h"

#include "files/FileIdentity.h"
#include "files/FileWriter.h"

#include "scenario/ScenarioIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
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

// Opening a named pipe or a device would block or read endlessly: only regular files (or
// none, for a lock not taken yet) are touched.
bool isRegularOrMissing(const QString &path)
{
    const IdentifiedFile found = identifyFile(path.toStdString());
    return found.identity && (found.identity->kind == FileKind::Regular ||
                              found.identity->kind == FileKind::Missing);
}

bool isRegular(const QString &path)
{
    const IdentifiedFile found = identifyFile(path.toStdString());
    return found.identity && found.identity->kind == FileKind::Regular;
}

const QString kStampKey = QStringLiteral("original_modified_at");

} // namespace

QDateTime RecoverableWork::originalModifiedNow() const
{
    if (originalPath.isEmpty() || !QFileInfo::exists(originalPath))
        return {};
    return QFileInfo(originalPath).lastModified();
}

bool RecoverableWork::originalChangedSince() const
{
    const QDateTime now = originalModifiedNow();
    if (!now.isValid())
        return false;
    // Copies written before the stamp was kept: newer than the copy means changed since.
    return originalStamp.isValid() ? now != originalStamp : now > savedAt;
}

Autosaver::Autosaver(ScheduleDocument *document, const QString &directory, QObject *parent)
    : QObject(parent), m_document(document), m_directory(directory),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/autosave");
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    const auto attempt = [this] { saveNow(); };
    connect(&m_timer, &QTimer::timeout, this, attempt);
    connect(&m_retry, &QTimer::timeout, this, attempt);
    connect(m_document, &ScheduleDocument::changed, this, &Autosaver::documentChanged);
    connect(m_document, &ScheduleDocument::cleanChanged, this, [this](bool clean) {
        if (clean && !m_abandoned) {
            m_timer.stop();
            removeOwnCopy();
            setFailure({}); // nothing unsaved needs a copy
        }
    });
}

void Autosaver::abandon()
{
    m_timer.stop();
    m_retry.stop();
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
    m_retry.stop();
    if (m_abandoned)
        return false;
    QString failure;
    const bool written = writeCopy(&failure);
    setFailure(written ? QString() : failure);
    if (!written && error)
        *error = failure;
    return written;
}

void Autosaver::setFailure(const QString &message)
{
    const bool wasFailing = isFailing();
    m_failure = message;
    if (isFailing()) {
        m_retry.start(); // unsaved work without a copy: keep trying
        emit autosaveFailed(message);
    } else if (wasFailing) {
        emit autosaveRecovered();
    }
}

bool Autosaver::writeCopy(QString *error)
{
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
    if (!isRegularOrMissing(autosavePath()) || !isRegularOrMissing(notePathFor(autosavePath()))) {
        if (error)
            *error = tr("Autosave failed: something that is not a file is in the way in %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (const auto failure =
            saveScenarioFile(autosavePath().toStdString(), m_document->scenario())) {
        if (error)
            *error = tr("Autosave failed: %1")
                         .arg(ScheduleDocument::saveErrorText(*failure, m_document->scenario()));
        return false;
    }
    QJsonObject note;
    note.insert(QStringLiteral("original_path"), m_document->filePath());
    note.insert(QStringLiteral("name"), m_document->displayName());
    note.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (m_document->fileStamp().isValid())
        note.insert(kStampKey, m_document->fileStamp().toUTC().toString(Qt::ISODateWithMs));
    const QByteArray noteText = QJsonDocument(note).toJson();
    if (const auto problem = writeFileSafely(notePathFor(autosavePath()).toStdString(),
                                             noteText.toStdString())) {
        if (error)
            *error = tr("Autosave failed: %1").arg(FileProblemText::describe(*problem));
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
        if (path == autosavePath() || !isRegular(path) || !isRegularOrMissing(lockPathFor(path)) ||
            !isRegularOrMissing(notePathFor(path)))
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
            work.originalStamp =
                QDateTime::fromString(note.value(kStampKey).toString(), Qt::ISODateWithMs);
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
