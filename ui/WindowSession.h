#pragma once
// The program's one main window and what outlives it: switching the interface language
// rebuilds the window in the new language around the same document (scenario, file, undo
// history), keeping its size and place, docks (also those the education view hid), panels,
// cohort, zoom, comparisons with their names, and the education view.

#include <QObject>
#include <QString>

#include <memory>

namespace lymph {

class MainWindow;

class WindowSession : public QObject {
    Q_OBJECT

public:
    explicit WindowSession(QObject *parent = nullptr);
    ~WindowSession() override;

    MainWindow *window() const { return m_window.get(); }
    // Installs the language and rebuilds the window in it; false for an unknown code.
    bool switchLanguage(const QString &code);

signals:
    void windowReplaced(lymph::MainWindow *window);

private:
    void adopt(std::unique_ptr<MainWindow> window);

    std::unique_ptr<MainWindow> m_window;
};

} // namespace lymph
