// The start-up baseline of tests/bench/bench_startup.sh: an empty QMainWindow of the console's
// size, shown the same way (offscreen), printing the time from process start to its first
// complete frame in ms, measured by the same probe as the console's --measure-load
// (app/console/firstframeprobe.h, header-only). Built by the script with the system Qt, outside
// the project, so nothing else of ours loads.
#include "app/console/firstframeprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    sk::startup::printFirstFrameThenQuit(&window);
    return app.exec();
}
