#include "HelpCommand.h"

namespace lymph::cli {

HelpCommand::HelpCommand(const Console &console) : m_console(console) {}

int HelpCommand::run() const
{
    m_console.out()
        << tr("Usage: lymphoscope-cli COMMAND [ARGUMENTS]\n"
              "\n"
              "Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, relapse "
              "and autoimmunity\n"
              "after multiple-sclerosis therapies. For exploration and education, not for "
              "clinical decisions.\n"
              "\n"
              "Commands:\n"
              "  simulate SCENARIO [--csv FILE] [--png FILE] [--pdf FILE]\n"
              "                    [--cohort N] [--seed S] [--patients-csv FILE] [--step DAYS]\n"
              "                    [--png-size WxH]\n"
              "      Run a scenario and print a summary. SCENARIO is a .lymphoscope.json file\n"
              "      or the name of a built-in example.\n"
              "      --csv FILE       write the result table, one row per output step\n"
              "      --png FILE       write the plots as a PNG image\n"
              "      --pdf FILE       write the plots as a PDF\n"
              "      --cohort N       simulate N virtual patients (1 to 100000): medians with\n"
              "                       5th-95th percentiles, probabilities as cohort means\n"
              "      --seed S         random seed of the cohort (default 1)\n"
              "      --patients-csv FILE\n"
              "                       with --cohort: one row per virtual patient (sampled\n"
              "                       variation and outcomes)\n"
              "      --step DAYS      output step in days (default 1)\n"
              "      --png-size WxH   size of the PNG in pixels (default 1600x2000)\n"
              "  report SCENARIO --pdf FILE [--lang CODE] [--compare SCENARIO]\n"
              "                       the two-page patient handout (plan, simple plots, plain\n"
              "                       words, sources) as a PDF; CODE: en, it, de, es, fr\n"
              "  validate SCENARIO    check a scenario; list every problem with its place\n"
              "  parameters [--markdown]\n"
              "                       the model's parameter table with units and sources\n"
              "  examples             the built-in example scenarios, by name\n"
              "  help, --help         this text\n"
              "  --version            the program version\n"
              "\n"
              "Exit status: 0 success, 1 internal error (e.g. an output file cannot be "
              "written),\n"
              "2 bad input (the message names the field or option and the problem).\n");
    return kExitOk;
}

} // namespace lymph::cli
