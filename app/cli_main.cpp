// Placeholder entry point; the command-line tool is being written (see CliCommands).
#include <cstdio>
int main()
{
    std::puts("lymphoscope-cli: under construction");
    return 1;
}
