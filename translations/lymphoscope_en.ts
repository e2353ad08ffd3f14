<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/AddTreatmentCommand.cpp" line="14"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="41"/>
        <source>option %1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="49"/>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="53"/>
        <source>option %1 needs a value, not an empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="59"/>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="73"/>
        <source>unknown option %1: &apos;%2&apos; takes no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="75"/>
        <source>unknown option %1 for &apos;%2&apos; (its options are %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="78"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="87"/>
        <source>&apos;%1&apos; needs a SCENARIO: a .lymphoscope.json file or the name of a built-in example (see &apos;lymphoscope-cli examples&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="93"/>
        <source>&apos;%1&apos; takes one SCENARIO, but %2 were given: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BloodCountTable</name>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="29"/>
        <source>Lymphocytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="30"/>
        <source>CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="31"/>
        <source>CD19 B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="32"/>
        <source>Blood counts (cells/µL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="34"/>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/CliCommands.cpp" line="26"/>
        <source>the simulation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="29"/>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="31"/>
        <source>internal error of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="40"/>
        <source>lymphoscope-cli: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="69"/>
        <source>unknown option %1 (a command comes first: simulate, validate, parameters or examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="72"/>
        <source>unknown command %1 (the commands are simulate, validate, parameters, examples and help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="76"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../app/Console.cpp" line="10"/>
        <source>Run &apos;lymphoscope-cli --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplesCommand</name>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="25"/>
        <source>&apos;examples&apos; takes no arguments, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="39"/>
        <source>(invalid: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <location filename="../app/HelpCommand.cpp" line="10"/>
        <source>Usage: lymphoscope-cli COMMAND [ARGUMENTS]

Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, relapse and autoimmunity
after multiple-sclerosis therapies. For exploration and education, not for clinical decisions.

Commands:
  simulate SCENARIO [--csv FILE] [--png FILE] [--pdf FILE]
                    [--cohort N] [--seed S] [--step DAYS] [--png-size WxH]
      Run a scenario and print a summary. SCENARIO is a .lymphoscope.json file
      or the name of a built-in example.
      --csv FILE       write the result table, one row per output step
      --png FILE       write the plots as a PNG image
      --pdf FILE       write the plots as a PDF
      --cohort N       simulate N virtual patients (1 to 100000): medians with
                       5th-95th percentiles, probabilities as cohort means
      --seed S         random seed of the cohort (default 1)
      --step DAYS      output step in days (default 1)
      --png-size WxH   size of the PNG in pixels (default 1600x2000)
  validate SCENARIO    check a scenario; list every problem with its place
  parameters [--markdown]
                       the model&apos;s parameter table with units and sources
  examples             the built-in example scenarios, by name
  help, --help         this text
  --version            the program version

Exit status: 0 success, 1 internal error (e.g. an output file cannot be written),
2 bad input (the message names the field or option and the problem).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <location filename="../app/OutputFiles.cpp" line="25"/>
        <source>%1: cannot write %2: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="28"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="49"/>
        <source>%1: %2 is the scenario file itself; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="63"/>
        <source>--csv: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="92"/>
        <location filename="../app/OutputFiles.cpp" line="94"/>
        <source>%1: cannot write %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersCommand</name>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="21"/>
        <source>&apos;parameters&apos; takes no arguments besides --markdown, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientField</name>
    <message>
        <location filename="../ui/PatientField.cpp" line="41"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="43"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="45"/>
        <source>baseline relapse rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="47"/>
        <source>ADA propensity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/RemoveTreatmentCommand.cpp" line="15"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/ReplaceTreatmentCommand.cpp" line="18"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPatientFieldCommand</name>
    <message>
        <location filename="../ui/commands/SetPatientFieldCommand.cpp" line="14"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="47"/>
        <source>--step: a step of %1 days gives more than 2,000,000 rows over the %2-day horizon; choose a larger step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateOptions</name>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="23"/>
        <source>--cohort: expected a whole number of virtual patients from 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="37"/>
        <source>--seed: expected a whole number from 0 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="50"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="65"/>
        <source>--png-size: expected WIDTHxHEIGHT in pixels, each from %1 to %2 (e.g. 1600x2000), got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="104"/>
        <source>lymphoscope-cli: note: --seed has no effect without --cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="118"/>
        <source>lymphoscope-cli: note: --png-size has no effect without --png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="66"/>
        <source>Lymphoscope is for exploration and education; it does not predict an individual patient&apos;s course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="73"/>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="77"/>
        <source>Virtual cohort of %1 patients (seed %2) over %3 days: counts are medians (5th–95th percentile); probabilities are cohort means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="84"/>
        <source>Typical patient over %1 days (%2 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="99"/>
        <source>%1 by year %2 (day %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="105"/>
        <source>%1 by day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="109"/>
        <source>P(≥1 relapse since day 0): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="123"/>
        <source>ever binding-positive in %1 of the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="126"/>
        <source>, neutralising in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="130"/>
        <source>binding-positive from day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="132"/>
        <source>, neutralising from day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="134"/>
        <source>, never neutralising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="136"/>
        <source>never binding-positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="138"/>
        <source>ADA against %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="146"/>
        <source>P(≥1 secondary autoimmune event) by day %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="170"/>
        <source>Months with lymphocytes &lt; 500/µL: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="172"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (one period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="175"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (%2 separate periods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="180"/>
        <source>; &lt; 200/µL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="182"/>
        <source> (cohort median counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="185"/>
        <source>Months with neutrophils &lt; 500/µL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="195"/>
        <source>%1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="197"/>
        <source>%1 (%2×%3 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="204"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentLabel</name>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="11"/>
        <source>Alemtuzumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="13"/>
        <source>Ocrelizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="15"/>
        <source>Rituximab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="17"/>
        <source>Fingolimod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="19"/>
        <source>aHSCT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/ValidateCommand.cpp" line="28"/>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>For exploration and education — not a clinical prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>The scenario could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>The example could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>The scenario could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>%1[*] — Lymphoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>Simulation up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>The simulation could not run:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Simulation failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::PlotStackWidget</name>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="27"/>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::ResultPlot</name>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="114"/>
        <source>Virtual cohort of %1 patients: medians with 5th–95th percentile bands; probabilities are cohort means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="117"/>
        <source>Typical patient (population-average parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="140"/>
        <source>Simulation for exploration and education, not a clinical prediction. Lymphoscope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="212"/>
        <source>Time since day 0 (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="213"/>
        <source>Time since day 0 (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="216"/>
        <source>cohort 5th–95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="353"/>
        <source>Serum drug concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="353"/>
        <source>µg/mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="374"/>
        <source>Lymphocytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="374"/>
        <source>LLN lymphocytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="375"/>
        <source>CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="375"/>
        <source>LLN CD4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="376"/>
        <source>CD8 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="376"/>
        <source>LLN CD8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="377"/>
        <source>CD19 B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="377"/>
        <source>LLN B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="378"/>
        <source>NK cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="383"/>
        <source>Blood lymphocyte subsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="383"/>
        <source>cells/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="413"/>
        <source>lymphocytes &lt; 500/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="414"/>
        <source>lymphocytes &lt; 200/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="415"/>
        <source>neutrophils &lt; 500/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="454"/>
        <source>Anti-drug antibodies (ADA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="454"/>
        <source>titre (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="461"/>
        <source>ADA against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="466"/>
        <source>binding-positive threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="479"/>
        <source>Relapse rate and cumulative probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="479"/>
        <source>relapses per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="484"/>
        <source>relapse rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="493"/>
        <source>P(≥1 relapse) %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="496"/>
        <source>P(≥1 relapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="505"/>
        <source>Secondary autoimmunity, cumulative probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="506"/>
        <source>P(≥1 event) %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="508"/>
        <source>P(≥1 autoimmune event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="545"/>
        <source>the PNG image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="562"/>
        <source>Lymphoscope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="573"/>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="582"/>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::ScheduleDocument</name>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="21"/>
        <location filename="../ui/ScheduleDocument.cpp" line="32"/>
        <location filename="../ui/ScheduleDocument.cpp" line="40"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="62"/>
        <source>%1: the scenario could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="77"/>
        <source>The scenario has no file yet; choose one with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="87"/>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::TreatmentListWidget</name>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="34"/>
        <source>Therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="34"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="34"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="65"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="67"/>
        <source>%1 (reinfusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="83"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="99"/>
        <source>%1 × %2 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentListWidget.cpp" line="106"/>
        <source>%1 mg in %2 infusions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
