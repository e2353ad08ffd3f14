#pragma once
// Never lose work: a few seconds after each change the open scenario is written (atomically)
// to the application's data folder, with a small note of which file it belongs to. Saving the
// document or closing the window normally removes that copy; a copy left behind means the
// program ended without saving, and the next start offers it back (recoverable()).

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace lymph {

class ScheduleDocument;

struct RecoverableWork {
    QString autosavePath;  // the copy of the scenario
    QString originalPath;  // the file it was opened from; empty for an unsaved new scenario
    QString name;          // the scenario's name, for the question to the user
    QDateTime savedAt;     // when the copy was written
    QDateTime originalStamp; // the file's modification time when the work began (may be unset)

    // The file's modification time now (invalid when there is no file, or it is gone).
    QDateTime originalModifiedNow() const;
    // The file was saved after the work began (by another window or program): restoring the
    // work over it would lose that.
    bool originalChangedSince() const;
};

class Autosaver : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 3000;
    // After a failure, the copy is tried again this often until it is written.
    static constexpr int kRetryMs = 30000;

    // `directory` empty: <AppDataLocation>/autosave.
    explicit Autosaver(ScheduleDocument *document, const QString &directory = {},
                       QObject *parent = nullptr);
    ~Autosaver() override; // a normal end: the copy goes

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    void setRetryDelay(int milliseconds) { m_retry.setInterval(milliseconds); }
    // The last attempt failed and unsaved work has no copy: failure() says why.
    bool isFailing() const { return !m_failure.isEmpty(); }
    QString failure() const { return m_failure; }
    QString directory() const { return m_directory; }
    // This session's copy (it exists only while there are unsaved changes).
    QString autosavePath() const;
    // Writes the copy now (or removes it when nothing is unsaved); false with `error` set when
    // the folder cannot be written.
    bool saveNow(QString *error = nullptr);

    // Copies left by sessions that did not end normally (not this one's), newest first.
    // Anything but regular files (a named pipe, a device) is ignored, never opened.
    QList<RecoverableWork> recoverable() const;
    // Forgets a copy after it was restored or declined.
    static void discard(const RecoverableWork &work);
    // Leaves this session's copy behind as a crash would (lock released, files kept), so tests
    // can recover it.
    void abandon();

signals:
    void autosaveFailed(const QString &message);
    // The copy is up to date again after failures (or nothing is unsaved any more).
    void autosaveRecovered();

private:
    void documentChanged();
    void removeOwnCopy();
    bool lockSession();
    bool writeCopy(QString *error);
    void setFailure(const QString &message);

    ScheduleDocument *m_document;
    QString m_directory;
    QString m_sessionId;
    QTimer m_timer;
    QTimer m_retry;
    QString m_failure;
    bool m_abandoned = false;
    // Held while this session lives, so a second running window never offers our copy.
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace lymph
