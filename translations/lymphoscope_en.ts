<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BloodCountTable</name>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="31"/>
        <source>year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="33"/>
        <source>year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="36"/>
        <source>day %1 (end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="41"/>
        <source>Lymphocytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="42"/>
        <source>CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="43"/>
        <source>CD19 B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="44"/>
        <source>Blood counts (cells/µL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationCommand</name>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="39"/>
        <source>Run the published figures the model is checked against and report, per figure, the published value and uncertainty, the model&apos;s value and pass or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="42"/>
        <source>The target set&apos;s folder (default: the source tree&apos;s resources/calibration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="45"/>
        <source>Every result as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="46"/>
        <source>Write the validation report (docs/validation.md) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="48"/>
        <source>With --markdown: write the model-against-publication plots to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="50"/>
        <source>Cohorts a quarter of their size (a quick look; pass or fail may differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="52"/>
        <source>Only these targets (ids separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="53"/>
        <source>Run with a parameter changed (repeatable; ids as &apos;parameters&apos; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="56"/>
        <source>Exit 1 if a target listed in FILE (one id a line) does not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="58"/>
        <source>Fit these parameters (ids separated by commas) to the tested targets, or to those of --only, by weighted least squares on the log scale, and report the estimates with standard errors and correlations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="62"/>
        <source>With --fit: at most N iterations (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="79"/>
        <source>calibration: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="94"/>
        <source>--set: &apos;%1&apos; is not a known parameter id with a value in its range (see &apos;lymphoscope-cli parameters&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="171"/>
        <source>calibration: targets that passed before now fail (or are gone): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="194"/>
        <source>--iterations: &apos;%1&apos; is not a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="201"/>
        <source>calibration --fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationFitReport</name>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="33"/>
        <source>Parameters fitted: %1. Published figures fitted to: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="37"/>
        <source>Cost ½·Σr²: %1 → %2 (iterations: %3). Figures passing: %4 → %5.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="43"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="44"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="45"/>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="46"/>
        <source>SE ×/÷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="47"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="49"/>
        <source>(no covariance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="58"/>
        <source>  not identifiable from these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="76"/>
        <source>
No two estimates correlate beyond ±%1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="77"/>
        <source>
Strongly correlated (the figures fix a combination): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="81"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="82"/>
        <source>residual before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="83"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="84"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="91"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="91"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="93"/>
        <source>
The SE is on the log scale (a ×/÷ factor), from the Jacobian at the estimate; the figures&apos; residuals are log distances over the spread their published uncertainty implies. An estimate becomes the model&apos;s value only when it is copied into the parameter table with this calibration as its source.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationReport</name>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="74"/>
        <source>— (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="80"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="81"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="81"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="94"/>
        <source>%1 targets: %2 tested, %3 passed (%4%), %5 reported only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionWriter</name>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="30"/>
        <source>In month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="31"/>
        <source>In months %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="41"/>
        <source>%1 are back in the normal range after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="45"/>
        <source>%1 are still below the normal range in month %2, when the next treatment starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="48"/>
        <source>%1 are still below the normal range at the end of the simulation (month %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="59"/>
        <source>about %n week(s)</source>
        <translation>
            <numerusform>about %n week</numerusform>
            <numerusform>about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="61"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="64"/>
        <source>about %n year(s)</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="65"/>
        <source>about %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="71"/>
        <source>Alemtuzumab course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="73"/>
        <source>Ocrelizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="73"/>
        <source>Ocrelizumab (again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="74"/>
        <source>Rituximab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="74"/>
        <source>Rituximab (again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="75"/>
        <source>Fingolimod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="76"/>
        <source>The stem-cell transplant (aHSCT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="90"/>
        <source>%1 is taken from month %2 to month %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="93"/>
        <source>%1 starts in month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="96"/>
        <source>Immune cells in the blood (lymphocytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="97"/>
        <source>B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="97"/>
        <source>CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="103"/>
        <source>The blood counts stay in the normal range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="109"/>
        <source>%1 immune cells are very low (under 500 per µL): infections are more likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="114"/>
        <source>%1 the infection-fighting neutrophils are under 500 per µL: infections are much more likely and need quick care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="127"/>
        <source>Antibodies against %1 can be measured within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="130"/>
        <source>Antibodies against %1 can be measured from month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="134"/>
        <source>From month %1 they are strong enough to weaken the drug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="136"/>
        <source>In this simulation they do not become strong enough to weaken the drug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="140"/>
        <source>They can still be measured at the end of the simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="143"/>
        <source>From month %1 they can no longer be measured; they come back after a later course and can no longer be measured from month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="148"/>
        <source>They can no longer be measured from month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="169"/>
        <source>Chance of at least one relapse within 2 years: about %1 in 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="173"/>
        <source>Within 5 years: about %1 in 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="184"/>
        <source>Chance of a new autoimmune illness within 6 years, most often of the thyroid: about %1 in 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="186"/>
        <source>Chance of a new autoimmune illness within 6 years: about %1 in 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/CliCommands.cpp" line="86"/>
        <source>the simulation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="88"/>
        <source>not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="90"/>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="92"/>
        <source>internal error of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="101"/>
        <source>lymphoscope-cli: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="138"/>
        <source>the commands are %1 and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="141"/>
        <source>unknown option %1 (a command comes first; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="142"/>
        <source>unknown command %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="153"/>
        <source>Usage: lymphoscope-cli COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="154"/>
        <source>Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, relapse and autoimmunity after multiple-sclerosis therapies. For exploration and education, not for clinical decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="159"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="178"/>
        <source>This text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="179"/>
        <source>The program version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="180"/>
        <source>Run &apos;lymphoscope-cli COMMAND --help&apos; for what each option does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="182"/>
        <source>Outputs never replace an input or each other; &apos;-&apos; sends a CSV table to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="185"/>
        <source>Exit status: 0 success, 1 internal error (e.g. an output file cannot be written), 2 bad input (the message names the field or option and the problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="145"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="14"/>
        <source>Show this command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="24"/>
        <source>A .lymphoscope.json file, or the name of a built-in example (a file of the same name wins; example:NAME always means the example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>option %1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="51"/>
        <source>option %1 needs a value, not an empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <source>&apos;%1&apos; needs %2: a .lymphoscope.json file or the name of a built-in example (see &apos;lymphoscope-cli examples&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>&apos;%1&apos; takes no arguments, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>&apos;%1&apos; takes one %2, but %3 were given: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>Usage: lymphoscope-cli %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>unknown option %1: &apos;%2&apos; takes no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="103"/>
        <source>unknown option %1 for &apos;%2&apos; (its options are %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../app/Console.cpp" line="12"/>
        <source>Run &apos;lymphoscope-cli --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="22"/>
        <source>%1 instead of %2 in 100 people with a relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="25"/>
        <source>%1 instead of %2 in 100 with a new autoimmune illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="28"/>
        <source>%1 instead of %2 in 100 with long-lasting low CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="38"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="39"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="66"/>
        <source>within %n year(s)</source>
        <translation>
            <numerusform>within %n year</numerusform>
            <numerusform>within %n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="88"/>
        <source>A relapse %1</source>
        <comment>%1: within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="90"/>
        <source>A new autoimmune illness %1</source>
        <comment>%1: within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="103"/>
        <source>%1 in 100 people have at least one relapse %2.</source>
        <comment>%2: within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="106"/>
        <source>%1 in 100 people get a new autoimmune illness (for example of the thyroid) %2.</source>
        <comment>%2: within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="165"/>
        <source>%1, %2 and %3 differ by less than 1 in 100 people on every outcome shown.</source>
        <comment>%1: Within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="169"/>
        <source>%1, compared with %2, %3 means %4, and no outcome shown is worse.</source>
        <comment>%1: Within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="173"/>
        <source>%1, compared with %2, %3 means %4, and no outcome shown is better.</source>
        <comment>%1: Within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="176"/>
        <source>%1, compared with %2, %3 means %4, but %5.</source>
        <comment>%1: Within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="119"/>
        <source>%1 in 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="67"/>
        <source>within %n year(s) from month %1</source>
        <comment>the month the plans begin to differ</comment>
        <translation>
            <numerusform>within %n year from month %1</numerusform>
            <numerusform>within %n years from month %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="77"/>
        <source>%n year(s)</source>
        <comment>more than half of 5 years</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="78"/>
        <source>the %n year(s) from month %1</source>
        <comment>more than half of the 3 years from month 29</comment>
        <translation>
            <numerusform>the %n year from month %1</numerusform>
            <numerusform>the %n years from month %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="92"/>
        <source>Low CD4 T cells for more than half of %1</source>
        <comment>%1: 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="111"/>
        <source>%1 in 100 people have low CD4 T cells (more infections possible) for more than half of %2.</source>
        <comment>%2: 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="123"/>
        <source>%1 in 100 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="129"/>
        <source>Between %1 and %2 in different groups of 100 virtual patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="136"/>
        <source>no difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="138"/>
        <source>%1%2 in 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplesCommand</name>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="18"/>
        <source>The built-in example scenarios, by name (example:NAME always names one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="37"/>
        <source>(invalid: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPathText</name>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="65"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="68"/>
        <source>treatment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="101"/>
        <source>file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="102"/>
        <source>format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="103"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="104"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="105"/>
        <source>simulated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="106"/>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="107"/>
        <source>treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="108"/>
        <source>measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="111"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="112"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="113"/>
        <source>untreated relapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="114"/>
        <source>ADA propensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="115"/>
        <source>model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="116"/>
        <source>patient&apos;s own factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="121"/>
        <source>patient factor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="127"/>
        <source>measurement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="133"/>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="134"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="139"/>
        <source>model parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="150"/>
        <source>therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="151"/>
        <source>infusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="152"/>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="153"/>
        <source>stop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="154"/>
        <source>daily dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="155"/>
        <source>regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="132"/>
        <location filename="../ui/FieldPathText.cpp" line="156"/>
        <location filename="../ui/FieldPathText.cpp" line="166"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="161"/>
        <source>infusion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="167"/>
        <source>dose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureDescriber</name>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="198"/>
        <source>%1 (pinned only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="219"/>
        <source>%1, measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="234"/>
        <source>µg/mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="235"/>
        <source> µg/mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="254"/>
        <source>lymphocytes &lt; 500/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="255"/>
        <source>lymphocytes &lt; 200/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="256"/>
        <source>neutrophils &lt; 500/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="287"/>
        <source>cells/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="288"/>
        <source>/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="308"/>
        <source>LLN (dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="326"/>
        <source>titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="336"/>
        <source>binding-positive threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="352"/>
        <source>relapses per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="354"/>
        <source>/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="362"/>
        <source>P(≥1 relapse) %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="380"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="397"/>
        <source>Secondary autoimmunity, cumulative probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="393"/>
        <source>Serum drug concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="394"/>
        <source>Blood lymphocyte subsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="395"/>
        <source>Anti-drug antibodies (ADA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="396"/>
        <source>Relapse rate and cumulative probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="411"/>
        <source>Time since day 0 (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="411"/>
        <source>Time since day 0 (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plot/FigureDescriber.cpp" line="415"/>
        <source>Personalised forecast fitted to %n lab result(s): medians with 90% credible bands; the population&apos;s curves dotted</source>
        <translation>
            <numerusform>Personalised forecast fitted to %n lab result: medians with 90% credible bands; the population&apos;s curves dotted</numerusform>
            <numerusform>Personalised forecast fitted to %n lab results: medians with 90% credible bands; the population&apos;s curves dotted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="419"/>
        <source>Virtual cohort of %1 patients: medians with 5th–95th percentile bands; probabilities are cohort means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="422"/>
        <source>Typical patient (population-average parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="426"/>
        <source>Simulation for exploration and education, not a clinical prediction. Lymphoscope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="447"/>
        <source>cohort 5th–95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblemText</name>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="24"/>
        <source>a table (CSV) this program wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="25"/>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="26"/>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="27"/>
        <source>a Lymphoscope scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="28"/>
        <source>a validation report this program wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="31"/>
        <source>a file of that kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="40"/>
        <source>cannot open %1: there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="41"/>
        <source>cannot use %1: it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="43"/>
        <source>cannot read %1: it is a pipe or device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="49"/>
        <source>more than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="50"/>
        <source>%1; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="52"/>
        <source>cannot read %1: the file is too large (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="56"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="59"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="63"/>
        <source>will not write %1: it is the input file itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="65"/>
        <source>will not write %1: it is the input %2 (the same file under another name); choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="71"/>
        <source>only one output can go to standard output (&apos;-&apos;); %1 already does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="73"/>
        <source>%1 and %2 %3 are the same file: give each output its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="77"/>
        <source>cannot write %1: it is a socket or block device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="80"/>
        <source>cannot write %1: it is a named pipe that no program is reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="83"/>
        <source>cannot use %1: its symbolic links go round in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="85"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="87"/>
        <source>will not replace %1: it exists and is not %2; choose another name, or remove the file first</source>
        <comment>%2: a PDF, a PNG image, ...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="93"/>
        <source>will not replace %1: it exists and cannot be read to tell what it holds; choose another name, or remove the file first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitCommand</name>
    <message>
        <location filename="../app/FitCommand.cpp" line="47"/>
        <source>Fit the model to the patient&apos;s own lab results (the scenario&apos;s measurements and --labs), with the population as the prior, and forecast with credible bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="49"/>
        <source>Lab results to add: a CSV file with the header day,quantity,value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="52"/>
        <source>Write the forecast: medians with _p05, _p25, _p75 and _p95 bands, as the cohort table (&apos;-&apos;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="55"/>
        <source>Posterior draws of the forecast (1 to %1, default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="57"/>
        <source>Random seed of the draws (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="58"/>
        <source>Output step of the forecast in days (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="60"/>
        <source>Write the scenario with the fitted patient (patient.individual) and the results it was fitted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="79"/>
        <source>--draws: expected a whole number from 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="89"/>
        <source>--seed: expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="95"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="100"/>
        <source>--save-scenario: give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="155"/>
        <source>fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="183"/>
        <source>Fitted to %n lab result(s) up to day %1, with the population as the prior (Bayesian MAP; 90% intervals from the Laplace approximation).</source>
        <translation>
            <numerusform>Fitted to %n lab result up to day %1, with the population as the prior (Bayesian MAP; 90% intervals from the Laplace approximation).</numerusform>
            <numerusform>Fitted to %n lab results up to day %1, with the population as the prior (Bayesian MAP; 90% intervals from the Laplace approximation).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="189"/>
        <source>note: the optimiser stopped before converging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="192"/>
        <source>Patient factors (1 = typical patient):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="197"/>
        <source>90%: %1–%2 (population %3–%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="200"/>
        <source>; the results say little about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="203"/>
        <source>Match to the results (residuals over the error model; about 1 is as expected):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="209"/>
        <source>%n result(s), RMS %1, results %2% below the fit on average</source>
        <translation>
            <numerusform>%n result, RMS %1, results %2% below the fit on average</numerusform>
            <numerusform>%n results, RMS %1, results %2% below the fit on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="212"/>
        <source>%n result(s), RMS %1, results %2% above the fit on average</source>
        <translation>
            <numerusform>%n result, RMS %1, results %2% above the fit on average</numerusform>
            <numerusform>%n results, RMS %1, results %2% above the fit on average</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="217"/>
        <source>A fit to this patient&apos;s results, for exploration and education: it shows what the model makes of them, not a prediction of this patient&apos;s course.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitProblemText</name>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="22"/>
        <source>there are no measurements to fit: add the patient&apos;s lab results (at least 2, on at least 2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="27"/>
        <source>a fit needs at least %1 measurements, there is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="32"/>
        <source>every measurement is on day %1: a fit needs results from at least 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="38"/>
        <source>%1 was measured, but the plan gives no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="43"/>
        <source>two results of %1 on day %2 (%3 and %4) differ by far more than the assay error: please check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="50"/>
        <source>the fit found no optimum after %1 iterations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <location filename="../ui/education/PlanStrip.cpp" line="32"/>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/PlanStrip.cpp" line="32"/>
        <source>month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="78"/>
        <source>Lymphoscope %1 · %2 · A simulation for explaining and exploring, not a prediction for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="73"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="74"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="191"/>
        <source>Treatment plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="197"/>
        <source>the handout PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="221"/>
        <source>the handout could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="236"/>
        <source>Your treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/HandoutWriter.cpp" line="243"/>
        <source>This handout comes from a computer simulation fitted to %n of your own lab result(s): the model was adjusted so that its curves pass close to your results, and the shaded bands show how uncertain that adjustment still is. It is still a model, made to explain and explore treatment plans, not a prediction for you: your results only inform the blood counts and levels that were measured, not relapses or autoimmunity, and your own course can be different. Please talk about your questions with your neurologist.</source>
        <translation>
            <numerusform>This handout comes from a computer simulation fitted to %n of your own lab result: the model was adjusted so that its curves pass close to your results, and the shaded bands show how uncertain that adjustment still is. It is still a model, made to explain and explore treatment plans, not a prediction for you: your results only inform the blood counts and levels that were measured, not relapses or autoimmunity, and your own course can be different. Please talk about your questions with your neurologist.</numerusform>
            <numerusform>This handout comes from a computer simulation fitted to %n of your own lab results: the model was adjusted so that its curves pass close to your results, and the shaded bands show how uncertain that adjustment still is. It is still a model, made to explain and explore treatment plans, not a prediction for you: your results only inform the blood counts and levels that were measured, not relapses or autoimmunity, and your own course can be different. Please talk about your questions with your neurologist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="251"/>
        <source>This handout comes from a computer simulation of an average patient, made to explain and explore treatment plans. It is not a prediction for you: your own course can be different. Please talk about your questions with your neurologist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="292"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="305"/>
        <source>Month %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="311"/>
        <source>What the simulation shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="325"/>
        <source>the handout&apos;s second page could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="332"/>
        <source>What this could mean for 100 people like you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="334"/>
        <source>Each figure stands for one person. Filled figures are the people who had the outcome in the simulation of 1,000 virtual patients; the range shows how much this varied between groups of 100 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="367"/>
        <source>Not known for this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="379"/>
        <source>The plans side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="386"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="434"/>
        <source>In plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="475"/>
        <source>a page of the handout could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="442"/>
        <source>Where the numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="443"/>
        <source>The simulation is calibrated to published trial and cohort figures. Its main sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="462"/>
        <source>Decision aids: Trevena et al. 2013 and Joseph-Williams et al. 2014 (how to present chances).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="466"/>
        <source>Every number and its source: Lymphoscope, Help → Model Parameters and Sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../ui/IssueText.cpp" line="65"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="66"/>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="67"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="68"/>
        <source>%1 relapses per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="69"/>
        <source>%1 mg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="77"/>
        <location filename="../ui/IssueText.cpp" line="104"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="78"/>
        <location filename="../ui/IssueText.cpp" line="103"/>
        <source>text in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="79"/>
        <source>an object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="80"/>
        <source>a list [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="81"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="90"/>
        <source>the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="91"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="92"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="114"/>
        <source>the end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="115"/>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="116"/>
        <source>a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="118"/>
        <location filename="../ui/IssueText.cpp" line="120"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="125"/>
        <source>syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="142"/>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="145"/>
        <source>must be more than %1 and at most %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="146"/>
        <location filename="../ui/IssueText.cpp" line="215"/>
        <source>must be between %1 and %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="151"/>
        <source>must be more than 0 and at most %1 days (%2 years), got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="156"/>
        <source>must be more than 0 and at most %1 mg per infusion of %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="161"/>
        <source>must be 0 or later (days count from the scenario&apos;s day 0), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="166"/>
        <source>must lie within the simulated time (up to day %1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="171"/>
        <source>must be after the first day (%1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="176"/>
        <source>the %1 reinfusion must be on day %2 or later, so that conditioning (days -%2 to -1 before it) falls inside the scenario; got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="182"/>
        <source>needs at least one infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="186"/>
        <source>at most %1 treatments are allowed, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="191"/>
        <source>at most %1 infusions per treatment are allowed, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="196"/>
        <source>must be at most %1 characters long, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="201"/>
        <source>must be valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="206"/>
        <source>unknown model parameter %1 (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="209"/>
        <source>unknown model parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="221"/>
        <source>unknown measured quantity %1 (did you mean %2?); known quantities: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="225"/>
        <source>unknown measured quantity %1; known quantities: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="230"/>
        <source>must be between 0 and %1 %2 (a plausible %3), got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="235"/>
        <source>at most %1 measurements are allowed, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="241"/>
        <source>unknown patient factor %1 (did you mean %2?); known factors: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="244"/>
        <source>unknown patient factor %1; known factors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="249"/>
        <source>unknown value %1; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="254"/>
        <source>overlaps %3 on day %2 (one infusion of %1 a day at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="260"/>
        <source>overlaps %1, which runs from day %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="265"/>
        <source>comes less than %1 days after %2, on day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="270"/>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="275"/>
        <source>the required key %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="281"/>
        <source>unknown key %1 for %2 (did you mean %3?); allowed keys: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="285"/>
        <source>unknown key %1 for %2; allowed keys: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="289"/>
        <source>unknown key %1 (did you mean %2?); allowed keys: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="292"/>
        <source>unknown key %1; allowed keys: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="296"/>
        <source>duplicate key: it appears more than once in the same object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="300"/>
        <source>not a Lymphoscope scenario: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="305"/>
        <source>written by a newer version of Lymphoscope (version %1); this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="312"/>
        <source>unsupported version %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="319"/>
        <source>unknown therapy %1 (did you mean %2?); known therapies: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="322"/>
        <source>unknown therapy %1; known therapies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="328"/>
        <source>unknown regimen %1 (did you mean %2?); known regimens: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="331"/>
        <source>unknown regimen %1; known regimens: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="336"/>
        <source>the text is too large (%1); the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="341"/>
        <source>the text is empty: a scenario {...} was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="345"/>
        <source>the number %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="349"/>
        <source>nested deeper than %1 levels; a scenario needs at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="355"/>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="360"/>
        <source>comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="364"/>
        <source>text needs double quotes, not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="369"/>
        <source>unexpected character: text needs double quotes; bare words are only true, false and null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="372"/>
        <source>invalid value %1: text needs double quotes; bare words are only true, false and null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="378"/>
        <source>invalid value %1: JSON has no NaN or Infinity; write a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="384"/>
        <source>invalid UTF-8 byte (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="388"/>
        <source>text in quotes is not closed: the closing &apos;&quot;&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="394"/>
        <source>a control character (%1) inside quotes must be written as an escape, such as \n or \t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="400"/>
        <source>invalid escape after a backslash inside quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="404"/>
        <source>invalid number: a digit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="413"/>
        <source>no built-in example has this name (the examples are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="418"/>
        <source>cannot open: there is no such file, and no built-in example has this name (the examples are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="424"/>
        <source>both a file and a built-in example are named %1: the file was used (write %2 for the example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/IssueText.cpp" line="461"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabsFile</name>
    <message>
        <location filename="../app/LabsFile.cpp" line="84"/>
        <source>--labs: %1: the column &apos;date&apos; needs a scenario with a start date, and scenarios have none: give &apos;day&apos; (days from the scenario&apos;s day 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="88"/>
        <source>--labs: %1:%2: expected the header day,quantity,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="95"/>
        <source>--labs: %1:%2: expected %3 values separated by commas, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="110"/>
        <source>--labs: %1:%2:%3: %4: expected a number, got %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="126"/>
        <source>--labs: %1: empty; expected the header day,quantity,value and a row per result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <location filename="../app/OutputFiles.cpp" line="126"/>
        <source>--%1: cannot draw %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersCommand</name>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="16"/>
        <source>The model&apos;s parameter table with units and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="17"/>
        <source>As a Markdown table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDifferences</name>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="27"/>
        <source>untreated relapses %1 a year (current %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="28"/>
        <source>ADA propensity %1 (current %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="29"/>
        <source>age %1 years (current %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="30"/>
        <source>weight %1 kg (current %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="32"/>
        <source>other model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="35"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="39"/>
        <source>The patients differ too, so not every difference comes from the plans — %1.</source>
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
    <name>PlanNames</name>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="16"/>
        <source>aHSCT, relapse four years later, then alemtuzumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="17"/>
        <source>Alemtuzumab ×2, then aHSCT for persistent disease activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="18"/>
        <source>Alemtuzumab ×2, then ocrelizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="19"/>
        <source>Alemtuzumab course 1 with a weekend gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="20"/>
        <source>Rituximab before a third alemtuzumab course (a hypothesis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="21"/>
        <source>Strong anti-drug-antibody responder, three alemtuzumab courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="22"/>
        <source>Fingolimod, a 30-day washout, then alemtuzumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="32"/>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="35"/>
        <location filename="../ui/decision/PlanNames.cpp" line="42"/>
        <source>No treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="43"/>
        <source>%1, then no further treatment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="34"/>
        <source>Lymphoscope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="70"/>
        <source>the PNG image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="95"/>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="100"/>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="118"/>
        <source>Simulation for exploration and education, not a clinical prediction. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="123"/>
        <source>the SVG drawing could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="128"/>
        <source>the SVG drawing could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/ReplaceTreatmentCommand.cpp" line="17"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="28"/>
        <source>Write the patient handout (plan, simple plots, plain words, sources) as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="30"/>
        <source>Where the handout goes (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="32"/>
        <source>Language of the handout: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="34"/>
        <source>A second plan to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="46"/>
        <source>report: --pdf FILE is required (where the handout goes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="48"/>
        <source>--pdf: &apos;-&apos; (standard output) is for CSV tables only; give a file name for the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="53"/>
        <source>report: --lang: expected one of %1, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="90"/>
        <source>report: cannot draw the handout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="97"/>
        <source>Wrote the handout for “%1” (%2 pages) to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultColumn</name>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="38"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="41"/>
        <source>Lymphocytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="42"/>
        <source>CD19 B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="44"/>
        <source>Memory B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="47"/>
        <source>Naive and transitional B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="48"/>
        <source>CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="51"/>
        <source>Naive CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="53"/>
        <source>Memory CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="54"/>
        <source>CD8 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="56"/>
        <source>NK cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="58"/>
        <source>Neutrophils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="60"/>
        <source>{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="63"/>
        <location filename="../core/simulate/ResultColumns.cpp" line="78"/>
        <source>Neutralising ADA against {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="66"/>
        <source>ADA against {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="69"/>
        <source>Ever binding-positive for ADA against {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="72"/>
        <source>Binding-positive for ADA against {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="75"/>
        <source>Ever neutralising ADA against {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="80"/>
        <source>Fingolimod-phosphate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="83"/>
        <source>Lymphocytes below the LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="85"/>
        <source>B cells below the LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="87"/>
        <source>CD4 T cells below the LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="89"/>
        <source>CD8 T cells below the LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="91"/>
        <source>relapse rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="94"/>
        <source>expected relapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="96"/>
        <source>P(≥1 relapse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="98"/>
        <source>relapse-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="100"/>
        <source>P(≥1 autoimmune event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="103"/>
        <source>thyroid autoimmunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="105"/>
        <source>immune thrombocytopenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="107"/>
        <source>anti-GBM disease</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioArgument</name>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="23"/>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="34"/>
        <source>note: &apos;lymphoscope-cli validate %1&apos; lists every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="46"/>
        <source>note: &apos;lymphoscope-cli parameters&apos; lists the model parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetHorizonCommand</name>
    <message>
        <location filename="../ui/commands/SetHorizonCommand.cpp" line="14"/>
        <source>Set simulated time</source>
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
        <location filename="../app/SimulateCommand.cpp" line="23"/>
        <source>Run a scenario (a .lymphoscope.json file, or the name of a built-in example; example:NAME always means the example) and print a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="43"/>
        <source>--step: a step of %1 days gives more than 2,000,000 rows over the %2-day horizon; choose a larger step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="70"/>
        <source>not enough memory for %1 patients × %2 days; try a larger --step or fewer patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateOptions</name>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="26"/>
        <source>--cohort: expected a whole number of virtual patients from 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="40"/>
        <source>--seed: expected a whole number from 0 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="53"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="68"/>
        <source>--png-size: expected WIDTHxHEIGHT in pixels, each from %1 to %2 (e.g. 1600x2000), got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="83"/>
        <source>Write the result table, one row per output step (&apos;-&apos;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="85"/>
        <source>Write the plots as a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="86"/>
        <source>Write the plots as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="87"/>
        <source>Simulate N virtual patients (1 to %1): medians with 5th-95th percentiles, probabilities as cohort means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="90"/>
        <source>Random seed of the cohort (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="91"/>
        <source>With --cohort: one row per virtual patient (sampled variation and outcomes; &apos;-&apos;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="94"/>
        <source>With --cohort N: only virtual patient K (0 to N-1) of that cohort, with all its curves (the one Show a Patient draws).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="97"/>
        <source>Output step in days (default 1). The printed summary is measured on the daily grid whatever the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="100"/>
        <source>Size of the PNG in pixels (default 1600x2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="119"/>
        <source>--%1: &apos;-&apos; (standard output) is for CSV tables only; give a file name for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="132"/>
        <source>--patients-csv: needs --cohort N (it has one row per virtual patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="139"/>
        <source>--patient: needs --cohort N (it picks one of the cohort&apos;s patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="143"/>
        <source>--patient: expected a whole number from 0 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="149"/>
        <source>--patients-csv: not with --patient (one patient has no cohort table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="160"/>
        <source>lymphoscope-cli: note: --seed has no effect without --cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="174"/>
        <source>lymphoscope-cli: note: --png-size has no effect without --png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationErrorText</name>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="20"/>
        <source>naive B cells</source>
        <comment>within a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="21"/>
        <source>memory B cells</source>
        <comment>within a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="22"/>
        <source>naive CD4 T cells</source>
        <comment>within a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="23"/>
        <source>memory CD4 T cells</source>
        <comment>within a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="24"/>
        <source>CD8 T cells</source>
        <comment>within a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="25"/>
        <source>NK cells</source>
        <comment>within a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="37"/>
        <source>the scenario is not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="42"/>
        <source>the output step must be a positive number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="46"/>
        <source>an output step of %1 days over %2 days gives more than %3 rows; choose a larger step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="53"/>
        <source>the solver&apos;s tolerances must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="57"/>
        <source>with these model parameters the source of %1 (thymus or conversion, scaled by age) exceeds their turnover, so untreated counts would drift upwards: lower the source or raise the death rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="65"/>
        <source>the solver needed more than %1 evaluations of the model by day %2; the patient&apos;s parameters make it too stiff to simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="72"/>
        <source>internal error: the solver&apos;s step size fell to zero on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="78"/>
        <source>internal error: state %1 became non-finite on day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="84"/>
        <source>the correlations of the cohort variation (iiv_corr_*) do not form a valid correlation matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="89"/>
        <source>the cohort size must be between 1 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="94"/>
        <source>not enough memory for %1 patients × %2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="48"/>
        <source>Lymphoscope is for exploration and education; it does not predict an individual patient&apos;s course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="55"/>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="77"/>
        <source>Typical patient over %1 days (%2 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="57"/>
        <source>Virtual cohort of %1 patients (seed %2) over %3 days: counts and months are medians across the patients (5th–95th percentile); probabilities are cohort means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="65"/>
        <source>Virtual patient %1 of the cohort of %2 (seed %3) over %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="72"/>
        <source>This patient (the scenario&apos;s own patient factors) over %1 days (%2 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="95"/>
        <source>%1 by year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="99"/>
        <source>%1 by day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="101"/>
        <source>P(≥1 relapse since day 0): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="122"/>
        <source>ever binding-positive in %1 of the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="124"/>
        <source>, neutralising in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="127"/>
        <source>binding-positive from day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="132"/>
        <source> to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="134"/>
        <source> to day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SummaryPrinter.cpp" line="136"/>
        <source> (%n separate periods)</source>
        <translation>
            <numerusform> (%n separate periods)</numerusform>
            <numerusform> (%n separate periods)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="138"/>
        <source>, neutralising from day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="140"/>
        <source>, never neutralising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="142"/>
        <source>never binding-positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="144"/>
        <source>ADA against %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="151"/>
        <source>P(≥1 secondary autoimmune event) by day %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="167"/>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="173"/>
        <source>Months with lymphocytes &lt; 500/µL: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="175"/>
        <source>Months with lymphocytes &lt; 500/µL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="178"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (one period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="180"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (%2 separate periods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="185"/>
        <source>; &lt; 200/µL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="188"/>
        <source>Months with neutrophils &lt; 500/µL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="194"/>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="198"/>
        <source>%1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="202"/>
        <source>%1 (%2 patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="207"/>
        <source>%1 (%2×%3 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="214"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="115"/>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="116"/>
        <source>month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="117"/>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="93"/>
        <source>Time since day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="334"/>
        <source>Drag a therapy from the palette onto the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentLabel</name>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="30"/>
        <source>Alemtuzumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="32"/>
        <source>Ocrelizumab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="34"/>
        <source>Rituximab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="36"/>
        <source>Fingolimod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="38"/>
        <source>aHSCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="47"/>
        <source>alemtuzumab</source>
        <comment>in running text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="49"/>
        <source>ocrelizumab</source>
        <comment>in running text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="51"/>
        <source>rituximab</source>
        <comment>in running text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="53"/>
        <source>fingolimod</source>
        <comment>in running text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="63"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="65"/>
        <source>%1 (reinfusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="81"/>
        <source>%1 mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="97"/>
        <source>%1 × %2 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="104"/>
        <source>%1 mg in %2 infusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="120"/>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="121"/>
        <source>days %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="127"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/ValidateCommand.cpp" line="12"/>
        <source>Check a scenario and list every problem with its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ValidateCommand.cpp" line="23"/>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPlots</name>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="124"/>
        <source>typical patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="125"/>
        <source>cohort median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="126"/>
        <source>cohort mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="138"/>
        <source>model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="157"/>
        <source>published (accepted interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="163"/>
        <source>months since day 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::Autosaver</name>
    <message>
        <location filename="../ui/Autosaver.cpp" line="179"/>
        <source>The autosave folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="185"/>
        <source>The autosave folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="191"/>
        <source>Autosave failed: something that is not a file is in the way in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="198"/>
        <location filename="../ui/Autosaver.cpp" line="212"/>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::ComparisonPanel</name>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="64"/>
        <source>Pin the current plan, then change it or open another; double-click a name to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="72"/>
        <source>Plans compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="81"/>
        <source>Pin current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="82"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="83"/>
        <source>Remove the chosen pinned plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="87"/>
        <source>Add “No further treatment”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="88"/>
        <source>Compare with the current plan stopped before its last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="92"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="106"/>
        <source>Outcomes of the plans in 100 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="123"/>
        <source>Details for clinicians (typical patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="324"/>
        <source>The plans part less than a year before one of them ends: no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="326"/>
        <source>A plan is simulated for less than a year: no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="328"/>
        <source>People out of 100 %1 (the plans are the same until then), with the range in groups of 100:</source>
        <comment>%1: within 3 years from month 29</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="333"/>
        <source>People out of 100 %1, with the range in groups of 100:</source>
        <comment>%1: within 5 years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="354"/>
        <source>Current − %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="356"/>
        <source>Difference: %1 minus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="362"/>
        <source>A possible harm of the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="363"/>
        <source>What the plans are meant to prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="373"/>
        <source>Being computed from a virtual cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="376"/>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="419"/>
        <source>The current plan (solid lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="425"/>
        <source>%1: %2 (marked %1 on the plots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="430"/>
        <source>At most %1 plans can be pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="431"/>
        <source>Keep the current results for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="346"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::DockLayout</name>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="26"/>
        <source>Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="28"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="30"/>
        <source>Selected treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="32"/>
        <source>Compare plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="34"/>
        <source>Lab Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::EducationPlot</name>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="46"/>
        <source>Simplified plots for patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="197"/>
        <source>Immune cells in the blood (100 % = their usual level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="197"/>
        <location filename="../ui/education/EducationPlot.cpp" line="230"/>
        <location filename="../ui/education/EducationPlot.cpp" line="241"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="203"/>
        <source>all immune cells (lymphocytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="208"/>
        <source>lower limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="211"/>
        <source>CD4 T cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="212"/>
        <source>B cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="230"/>
        <source>Chance of at least one relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="235"/>
        <source>chance of a relapse so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="241"/>
        <source>When to take extra care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="250"/>
        <source>chance of a new autoimmune illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="279"/>
        <source>infections more likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="307"/>
        <source>Years from the start of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="308"/>
        <source>Months from the start of the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::EducationView</name>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="52"/>
        <location filename="../ui/education/EducationView.cpp" line="248"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="54"/>
        <source>Play or pause the months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="57"/>
        <source>Month being explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="59"/>
        <source>Show cell types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="102"/>
        <source>What the simulation shows, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="113"/>
        <source>A simulation for explaining and exploring, not a prediction for you: your own course can be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="207"/>
        <source>immune cells at %1 % of their usual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="217"/>
        <source>chance of a relapse so far less than 1 in 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="218"/>
        <source>chance of a relapse so far about %1 in 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="224"/>
        <source>infections more likely now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="228"/>
        <source>Month %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="230"/>
        <source>; </source>
        <comment>between the month&apos;s facts (French writes a space before it)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="241"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="283"/>
        <source>Press Play to walk through the months, or drag the slider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::IconArray</name>
    <message>
        <location filename="../ui/decision/IconArray.cpp" line="18"/>
        <source>%1 of 100 figures filled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>For exploration and education — not a clinical prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source> Not autosaved: unsaved work has no safety copy (retrying) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>Preview: cohort of %1 patients; the full cohort follows when you pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="465"/>
        <source>Virtual cohort of %1 patients: medians with 5–95 % bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>Day %1 · month %2 · year %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>About Lymphoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&lt;p&gt;&lt;b&gt;Lymphoscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explore simulated blood lymphocytes, drug levels, anti-drug antibodies and relapse risk after alemtuzumab and the therapies that may follow it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For exploration and education, not a clinical prediction.&lt;/b&gt; The model is calibrated to published group averages; it does not know your patient.&lt;/p&gt;&lt;p&gt;Every model number and its source: Help → Model Parameters and Sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>%1[*] — Lymphoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468"/>
        <source>Simulation up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>The simulation could not run:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Simulation failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::MeasurementsPanel</name>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="72"/>
        <source>The patient&apos;s lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="76"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="77"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="78"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="79"/>
        <source>Add a result after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="80"/>
        <source>Paste rows of day, quantity and value from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="86"/>
        <source>Personalise: fit the model to these results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="87"/>
        <source>Shows the forecast fitted to the patient&apos;s results, with its 90% credible bands, beside the population&apos;s curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="166"/>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="176"/>
        <source>Edit Lab Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="189"/>
        <source>Add Lab Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="205"/>
        <source>Delete Lab Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="226"/>
        <source>Paste Lab Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="232"/>
        <source>Fitted to %n result(s) (population as the prior).</source>
        <translation>
            <numerusform>Fitted to %n result (population as the prior).</numerusform>
            <numerusform>Fitted to %n results (population as the prior).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="236"/>
        <source>%1 %2 (90%: %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="242"/>
        <source>Moved by the results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="244"/>
        <source>Not informed by them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="248"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="253"/>
        <source>Residuals (RMS, about 1 expected): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="259"/>
        <source>No personalised forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::OutcomeIconArrays</name>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="49"/>
        <source>In 100 people like you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="60"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="64"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="68"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;being computed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::OutcomeTable</name>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="26"/>
        <source>Outcome figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="55"/>
        <source>P(relapse) by 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="56"/>
        <source>P(relapse) by 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="57"/>
        <source>Months CD4 &lt; LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="58"/>
        <source>Months lymphocytes &lt; LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="59"/>
        <source>Peak ADA titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="60"/>
        <source>P(autoimmunity) by 6 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="69"/>
        <source>Chance of a relapse within 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="70"/>
        <source>Chance of a relapse within 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="71"/>
        <source>Months with CD4 T cells below normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="72"/>
        <source>Months with immune cells below normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="73"/>
        <source>Highest level of antibodies against the drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="74"/>
        <source>Chance of a new autoimmune illness within 6 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="32"/>
        <source>Months with CD4 T cells below the lower limit of normal (%1/µL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="35"/>
        <source>Months with total lymphocytes below the lower limit of normal (%1/µL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="38"/>
        <source>Highest anti-drug antibody titre against any of the scenario&apos;s antibody drugs (positive from %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::ParameterSourcesDialog</name>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="17"/>
        <source>Model parameters and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="22"/>
        <source>Every number the simulation uses, with its unit and where it comes from. “fitted (T#)” names the calibration target in the model documentation it was fitted to; “assumption” marks a value chosen without a direct source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="29"/>
        <source>Filter by name, source or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="31"/>
        <source>Filter parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::PatientPanel</name>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="50"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="50"/>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="51"/>
        <source>Body weight; scales antibody volumes of distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="52"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="52"/>
        <location filename="../ui/panels/PatientPanel.cpp" line="79"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="53"/>
        <source>Age; lowers thymic output and T-cell recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="54"/>
        <source>Untreated relapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="55"/>
        <source> per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="56"/>
        <source>Annual relapse rate without treatment, as in the placebo arms of trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="100"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="127"/>
        <source>Not changed: %1 %2%3 is outside %4 to %5%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="57"/>
        <source>ADA propensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="59"/>
        <source>Multiplies the typical anti-drug antibody response: 0 never forms ADA, 1 is typical, 3 a strong responder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="84"/>
        <source>How long to simulate from day 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="82"/>
        <location filename="../ui/panels/PatientPanel.cpp" line="85"/>
        <source>Simulated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="86"/>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::PlotStackWidget</name>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="47"/>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="120"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="125"/>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::ResultPlot</name>
    <message>
        <location filename="../ui/plot/ResultPlot.cpp" line="33"/>
        <source>Result plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/ResultPlot.cpp" line="34"/>
        <source>Drug levels, lymphocyte subsets, anti-drug antibodies, relapse and autoimmunity over time. The status bar and the comparison table give the figures in words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::SampledPatientRunner</name>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="31"/>
        <source>never forms ADA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="32"/>
        <source>strong ADA responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="33"/>
        <source>typical ADA response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="34"/>
        <source>patient %1 of the cohort (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::ScheduleDocument</name>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="42"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="98"/>
        <source>%1: the scenario could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="119"/>
        <source>The scenario has no file yet; choose one with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="129"/>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="186"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="187"/>
        <source>Not saved: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Not saved: %1 (and %n more problem)</numerusform>
            <numerusform>Not saved: %1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="264"/>
        <location filename="../ui/ScheduleDocument.cpp" line="437"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="299"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="310"/>
        <location filename="../ui/ScheduleDocument.cpp" line="323"/>
        <source>Move %n treatment(s)</source>
        <translation>
            <numerusform>Move %n treatment</numerusform>
            <numerusform>Move %n treatments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="338"/>
        <source>Delete %n treatment(s)</source>
        <translation>
            <numerusform>Delete %n treatment</numerusform>
            <numerusform>Delete %n treatments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="352"/>
        <source>Not duplicated: there is no room for a copy of %1 before the end of the simulated time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="359"/>
        <source>Duplicate %n treatment(s)</source>
        <translation>
            <numerusform>Duplicate %n treatment</numerusform>
            <numerusform>Duplicate %n treatments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="369"/>
        <source>Only an antibody course with several infusions can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="371"/>
        <source>Split into single infusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="384"/>
        <source>Change the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::TherapyPalette</name>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="18"/>
        <source>Therapy palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="32"/>
        <source>%1
Drag onto the timeline, or press Enter to add it after the last treatment.
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="52"/>
        <source>Alemtuzumab, course 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="53"/>
        <source>Alemtuzumab, later course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="54"/>
        <source>Ocrelizumab, start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="55"/>
        <source>Ocrelizumab, maintenance dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="56"/>
        <source>Rituximab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="57"/>
        <source>Fingolimod period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="58"/>
        <source>aHSCT, BEAM-ATG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="59"/>
        <source>aHSCT, Cy-ATG</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="71"/>
        <source>%1 mg daily for %n day(s)</source>
        <translation>
            <numerusform>%1 mg daily for %n day</numerusform>
            <numerusform>%1 mg daily for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="75"/>
        <source>%n conditioning day(s), then reinfusion</source>
        <translation>
            <numerusform>%n conditioning day, then reinfusion</numerusform>
            <numerusform>%n conditioning days, then reinfusion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="85"/>
        <source>%1 mg once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="89"/>
        <source>%1 mg a day for %n day(s)</source>
        <translation>
            <numerusform>%1 mg a day for %n day</numerusform>
            <numerusform>%1 mg a day for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="91"/>
        <source>%1 mg on days %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::TimelineBar</name>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="52"/>
        <source>Treatment timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="56"/>
        <source>Drag therapies from the palette onto the timeline; drag blocks to move them, their right edge to change a period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="60"/>
        <source>Snap to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="62"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="63"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="64"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="65"/>
        <source>Where dragged treatments land. Hold Shift while dragging for no snapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="67"/>
        <source>Snap dragged treatments to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="78"/>
        <source>Typical patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="80"/>
        <source>Cohort: %1</source>
        <comment>a virtual cohort of 1,000 patients</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="83"/>
        <source>A virtual cohort shows how differently patients respond: medians with 5–95 % bands. While you drag, a quick preview of %1 patients is shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="87"/>
        <source>Simulate the typical patient or a virtual cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="93"/>
        <source>Show a Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="94"/>
        <source>Draw one virtual patient of the cohort over its medians; press again for another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="32"/>
        <source>Treatment timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="34"/>
        <source>One lane per therapy. Arrow keys move the selected treatments by a day (with Shift by a week), Alt+arrow selects the previous or next treatment, Delete removes, Ctrl+D duplicates, Ctrl+A selects all, plus and minus zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="171"/>
        <source>Treatment timeline, nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="172"/>
        <source>Treatment timeline, selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="261"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="262"/>
        <source>&amp;Split into single infusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="267"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="270"/>
        <source>Show the &amp;whole simulated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="293"/>
        <source>Days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="294"/>
        <source>Drag to move (Shift: no snapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="296"/>
        <source>Drag the right edge to change the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="298"/>
        <source>Right-click to split into single infusions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::TreatmentInspector</name>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="106"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="106"/>
        <source>Dose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="107"/>
        <source>Infusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="114"/>
        <source>Add infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="115"/>
        <source>Remove infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="133"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="134"/>
        <source>Stop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="135"/>
        <source>Dose (mg/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="136"/>
        <source>First day of fingolimod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="137"/>
        <source>Stop day of fingolimod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="138"/>
        <source>Fingolimod dose in mg per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="156"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="158"/>
        <source>Conditioning regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="157"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="159"/>
        <source>Stem-cell reinfusion day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="211"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/TreatmentInspector.cpp" line="215"/>
        <source>%n treatment(s) selected. Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n treatment selected. Arrow keys move them together; Delete removes them.</numerusform>
            <numerusform>%n treatments selected. Arrow keys move them together; Delete removes them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="218"/>
        <source>Select a treatment on the timeline to edit its days and doses, or drag a therapy from the palette onto the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="291"/>
        <source>Infusion %1, day: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="292"/>
        <source>Infusion %1, dose: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="324"/>
        <source>Nothing is applied until every marked value is corrected; the plan keeps its last valid schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="344"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="362"/>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::WindowFiles</name>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="47"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="76"/>
        <source>The scenario could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="95"/>
        <location filename="../ui/WindowFiles.cpp" line="101"/>
        <location filename="../ui/WindowFiles.cpp" line="133"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="96"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="111"/>
        <source>Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="112"/>
        <source>The example could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="121"/>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="142"/>
        <location filename="../ui/WindowFiles.cpp" line="158"/>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="143"/>
        <source>The scenario could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="147"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="159"/>
        <source>“%1” was changed on disk after you opened it (at %2), by another window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="165"/>
        <source>Save your plan under another name to keep both, or replace the file on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="166"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="168"/>
        <source>&amp;Replace the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="192"/>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="193"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="206"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="207"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="220"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="221"/>
        <location filename="../ui/WindowFiles.cpp" line="267"/>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="222"/>
        <source>Lymphoscope did not close normally. Unsaved changes to “%1” were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="228"/>
        <source>A new plan that was never saved to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="229"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="230"/>
        <source>Changes kept at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="233"/>
        <source>File last saved at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="238"/>
        <source>The file was saved again after these changes were made. Restore them as a copy to keep both; restoring them over the file would replace the newer file when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="243"/>
        <source>Restore them? They open as unsaved changes; the file on disk is not changed until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="248"/>
        <source>Restore as a &amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="251"/>
        <source>Restore over the &amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="251"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="253"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="254"/>
        <source>Ask &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="268"/>
        <source>The work could not be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="279"/>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="301"/>
        <source>the open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="316"/>
        <location filename="../ui/WindowFiles.cpp" line="346"/>
        <location filename="../ui/WindowFiles.cpp" line="421"/>
        <location filename="../ui/WindowFiles.cpp" line="435"/>
        <source>There are no results to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="332"/>
        <source>unknown image type “.%1”: use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="372"/>
        <source>Counting the outcomes in 1,000 virtual patients for the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="372"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="445"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="446"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="447"/>
        <location filename="../ui/WindowFiles.cpp" line="466"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="448"/>
        <location filename="../ui/WindowFiles.cpp" line="456"/>
        <source>Export Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="457"/>
        <source>The plots could not be exported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="459"/>
        <location filename="../ui/WindowFiles.cpp" line="478"/>
        <location filename="../ui/WindowFiles.cpp" line="493"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="464"/>
        <location filename="../ui/WindowFiles.cpp" line="474"/>
        <source>Export Patient Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="475"/>
        <source>The handout could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="483"/>
        <location filename="../ui/WindowFiles.cpp" line="490"/>
        <source>Export Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="485"/>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="491"/>
        <source>The results could not be exported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="504"/>
        <location filename="../ui/WindowFiles.cpp" line="517"/>
        <source>Print Patient Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="518"/>
        <source>The handout could not be printed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymph::WindowMenus</name>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="29"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="30"/>
        <source>Model &amp;Parameters and Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="32"/>
        <source>&amp;About Lymphoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="39"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="45"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="46"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="48"/>
        <source>Open E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="56"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="57"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="58"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="59"/>
        <source>Plots as &amp;PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="61"/>
        <source>Plots as &amp;SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="63"/>
        <source>Plots as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="65"/>
        <source>Results as &amp;CSV Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="67"/>
        <source>Patient &amp;Handout as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="69"/>
        <source>&amp;Print Patient Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="81"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="83"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="104"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="104"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="106"/>
        <source>S&amp;plit into Single Infusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="110"/>
        <source>Select &amp;All Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="113"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="123"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="124"/>
        <source>&amp;Education View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="126"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="127"/>
        <source>Large, simple pictures and plain words for explaining a plan to a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="139"/>
        <source>&amp;Fit All Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="141"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="142"/>
        <source>Every plot panel in the window&apos;s height, without scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="145"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="147"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="149"/>
        <source>Show the &amp;Whole Simulated Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="151"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="154"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="172"/>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="190"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="197"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="201"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lymphoscope</name>
    <message>
        <location filename="../app/gui_main.cpp" line="93"/>
        <source>Lymphoscope: explore blood counts after multiple-sclerosis therapies. For exploration and education, not a clinical prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="100"/>
        <source>A .lymphoscope.json file or the name of a built-in example (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="66"/>
        <source>Save a PNG of the window once the simulation has finished, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="69"/>
        <source>Window size in pixels (default 1366x768).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="72"/>
        <source>Window theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="75"/>
        <source>Simulate this scenario first and keep it for comparison (up to three times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="78"/>
        <source>Select the N-th treatment (from 1) on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="81"/>
        <source>Start in the education view (large, simple pictures and plain words for patients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="84"/>
        <source>In the education view, explain month M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="87"/>
        <source>Simulate a virtual cohort of N patients (50, 200 or 1000) instead of the typical patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="139"/>
        <source>lymphoscope: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session; for --screenshot runs without one, set QT_QPA_PLATFORM=offscreen. lymphoscope-cli runs without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="174"/>
        <source>Expected at most one scenario, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="181"/>
        <source>--size: expected WxH in pixels, e.g. 1920x1080 (400x300 to 8000x8000), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="190"/>
        <source>--screenshot: a file name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="199"/>
        <source>--theme: expected system, light or dark, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="207"/>
        <source>--pin: at most %1 scenarios can be kept for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="217"/>
        <source>--select: expected a treatment number from 1, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui_main.cpp" line="276"/>
        <source>--select: the scenario has only %n treatment(s).</source>
        <translation>
            <numerusform>--select: the scenario has only %n treatment.</numerusform>
            <numerusform>--select: the scenario has only %n treatments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="301"/>
        <source>--cohort: expected 50, 200 or 1000, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="309"/>
        <source>--month: only with --education, where the month is explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="317"/>
        <source>--month: expected a month from 0, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="342"/>
        <source>--screenshot: could not draw the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="372"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="373"/>
        <source>The scenario could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="362"/>
        <source>--screenshot: the simulation did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
