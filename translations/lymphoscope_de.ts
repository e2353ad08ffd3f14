<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BloodCountTable</name>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="31"/>
        <source>year 1</source>
        <translation>Jahr 1</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="33"/>
        <source>year 2</source>
        <translation>Jahr 2</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="36"/>
        <source>day %1 (end)</source>
        <translation>Tag %1 (Ende)</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="41"/>
        <source>Lymphocytes</source>
        <translation>Lymphozyten</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="42"/>
        <source>CD4 T cells</source>
        <translation>CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="43"/>
        <source>CD19 B cells</source>
        <translation>CD19-B-Zellen</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="44"/>
        <source>Blood counts (cells/µL)</source>
        <translation>Blutwerte (Zellen/µL)</translation>
    </message>
</context>
<context>
    <name>CalibrationCommand</name>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="39"/>
        <source>Run the published figures the model is checked against and report, per figure, the published value and uncertainty, the model&apos;s value and pass or fail.</source>
        <translation>Die veröffentlichten Werte, an denen das Modell geprüft wird, nachrechnen und je Wert den veröffentlichten Wert mit Unsicherheit, den Modellwert und bestanden oder nicht berichten.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="42"/>
        <source>The target set&apos;s folder (default: the source tree&apos;s resources/calibration).</source>
        <translation>Der Ordner der Zielwerte (Standard: resources/calibration im Quellbaum).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="45"/>
        <source>Every result as JSON on standard output.</source>
        <translation>Alle Ergebnisse als JSON auf der Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="46"/>
        <source>Write the validation report (docs/validation.md) to FILE.</source>
        <translation>Den Validierungsbericht (docs/validation.md) in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="48"/>
        <source>With --markdown: write the model-against-publication plots to DIR.</source>
        <translation>Mit --markdown: die Grafiken Modell gegen Veröffentlichung in ORDNER schreiben.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="50"/>
        <source>Cohorts a quarter of their size (a quick look; pass or fail may differ).</source>
        <translation>Kohorten in einem Viertel ihrer Größe (ein schneller Blick; das Ergebnis kann abweichen).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="52"/>
        <source>Only these targets (ids separated by commas).</source>
        <translation>Nur diese Zielwerte (Kennungen durch Kommas getrennt).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="53"/>
        <source>Run with a parameter changed (repeatable; ids as &apos;parameters&apos; lists them).</source>
        <translation>Mit einem geänderten Parameter rechnen (wiederholbar; IDs wie von &apos;parameters&apos; aufgelistet).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="56"/>
        <source>Exit 1 if a target listed in FILE (one id a line) does not pass.</source>
        <translation>Mit 1 beenden, wenn ein in DATEI aufgeführter Zielwert (eine Kennung je Zeile) nicht besteht.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="58"/>
        <source>Fit these parameters (ids separated by commas) to the tested targets, or to those of --only, by weighted least squares on the log scale, and report the estimates with standard errors and correlations.</source>
        <translation>Diese Parameter (IDs durch Kommas getrennt) an die geprüften Zielwerte oder an die von --only anpassen, mit gewichteten kleinsten Quadraten auf logarithmischer Skala, und die Schätzwerte mit Standardfehlern und Korrelationen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="62"/>
        <source>With --fit: at most N iterations (default 20).</source>
        <translation>Mit --fit: höchstens N Iterationen (Standard 20).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="79"/>
        <source>calibration: %1: %2</source>
        <translation>calibration: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="94"/>
        <source>--set: &apos;%1&apos; is not a known parameter id with a value in its range (see &apos;lymphoscope-cli parameters&apos;)</source>
        <translation>--set: &apos;%1&apos; ist keine bekannte Parameter-ID mit einem Wert in ihrem Bereich (siehe &apos;lymphoscope-cli parameters&apos;)</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="171"/>
        <source>calibration: targets that passed before now fail (or are gone): %1</source>
        <translation>calibration: früher bestandene Zielwerte bestehen nicht mehr (oder fehlen): %1</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="194"/>
        <source>--iterations: &apos;%1&apos; is not a whole number from 1 to 1000</source>
        <translation>--iterations: „%1“ ist keine ganze Zahl von 1 bis 1000</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="201"/>
        <source>calibration --fit: %1</source>
        <translation>calibration --fit: %1</translation>
    </message>
</context>
<context>
    <name>CalibrationFitReport</name>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="33"/>
        <source>Parameters fitted: %1. Published figures fitted to: %2.
</source>
        <translation>Angepasste Parameter: %1. Veröffentlichte Werte, an die angepasst wurde: %2.
</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="37"/>
        <source>Cost ½·Σr²: %1 → %2 (iterations: %3). Figures passing: %4 → %5.

</source>
        <translation>Kosten ½·Σr²: %1 → %2 (Iterationen: %3). Bestandene Werte: %4 → %5.

</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="43"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="44"/>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="45"/>
        <source>estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="46"/>
        <source>SE ×/÷</source>
        <translation>SF ×/÷</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="47"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="49"/>
        <source>(no covariance)</source>
        <translation>(keine Kovarianz)</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="58"/>
        <source>  not identifiable from these figures</source>
        <translation>  aus diesen Werten nicht bestimmbar</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="76"/>
        <source>
No two estimates correlate beyond ±%1.
</source>
        <translation>
Keine zwei Schätzwerte korrelieren stärker als ±%1.
</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="77"/>
        <source>
Strongly correlated (the figures fix a combination): %1
</source>
        <translation>
Stark korreliert (die Werte legen nur eine Kombination fest): %1
</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="81"/>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="82"/>
        <source>residual before</source>
        <translation>Residuum vorher</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="83"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="84"/>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="91"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="91"/>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="93"/>
        <source>
The SE is on the log scale (a ×/÷ factor), from the Jacobian at the estimate; the figures&apos; residuals are log distances over the spread their published uncertainty implies. An estimate becomes the model&apos;s value only when it is copied into the parameter table with this calibration as its source.
</source>
        <translation>
Der SF gilt auf logarithmischer Skala (ein ×/÷-Faktor) und stammt aus der Jacobi-Matrix am Schätzwert; die Residuen der Werte sind logarithmische Abstände, geteilt durch die Streuung, die ihre veröffentlichte Unsicherheit ergibt. Ein Schätzwert wird erst dann zum Wert des Modells, wenn er mit dieser Kalibrierung als Quelle in die Parametertabelle übernommen wird.
</translation>
    </message>
</context>
<context>
    <name>CalibrationReport</name>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="74"/>
        <source>— (%1)</source>
        <translation>— (%1)</translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="80"/>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="81"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="81"/>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="94"/>
        <source>%1 targets: %2 tested, %3 passed (%4%), %5 reported only.</source>
        <translation>%1 Zielwerte: %2 geprüft, %3 bestanden (%4 %), %5 nur berichtet.</translation>
    </message>
</context>
<context>
    <name>CaptionWriter</name>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="30"/>
        <source>In month %1</source>
        <translation>Im Monat %1</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="31"/>
        <source>In months %1 to %2</source>
        <translation>In den Monaten %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="41"/>
        <source>%1 are back in the normal range after %2.</source>
        <translation>%1 sind nach %2 wieder im Normalbereich.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="45"/>
        <source>%1 are still below the normal range in month %2, when the next treatment starts.</source>
        <translation>%1 liegen im Monat %2, wenn die nächste Behandlung beginnt, noch unter dem Normalbereich.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="48"/>
        <source>%1 are still below the normal range at the end of the simulation (month %2).</source>
        <translation>%1 liegen am Ende der Simulation (Monat %2) noch unter dem Normalbereich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="59"/>
        <source>about %n week(s)</source>
        <translation>
            <numerusform>etwa %n Woche</numerusform>
            <numerusform>etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="61"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>etwa %n Monat</numerusform>
            <numerusform>etwa %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="64"/>
        <source>about %n year(s)</source>
        <translation>
            <numerusform>etwa %n Jahr</numerusform>
            <numerusform>etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="65"/>
        <source>about %1 years</source>
        <translation>etwa %1 Jahren</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="71"/>
        <source>Alemtuzumab course %1</source>
        <translation>Der %1. Alemtuzumab-Zyklus</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="73"/>
        <source>Ocrelizumab</source>
        <translation>Ocrelizumab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="73"/>
        <source>Ocrelizumab (again)</source>
        <translation>Ocrelizumab (erneut)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="74"/>
        <source>Rituximab</source>
        <translation>Rituximab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="74"/>
        <source>Rituximab (again)</source>
        <translation>Rituximab (erneut)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="75"/>
        <source>Fingolimod</source>
        <translation>Fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="76"/>
        <source>The stem-cell transplant (aHSCT)</source>
        <translation>Die Stammzelltransplantation (aHSCT)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="90"/>
        <source>%1 is taken from month %2 to month %3.</source>
        <translation>%1 wird von Monat %2 bis Monat %3 eingenommen.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="93"/>
        <source>%1 starts in month %2.</source>
        <translation>%1 beginnt im Monat %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="96"/>
        <source>Immune cells in the blood (lymphocytes)</source>
        <translation>Die Immunzellen im Blut (Lymphozyten)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="97"/>
        <source>B cells</source>
        <translation>Die B-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="97"/>
        <source>CD4 T cells</source>
        <translation>Die CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="103"/>
        <source>The blood counts stay in the normal range.</source>
        <translation>Die Blutwerte bleiben im Normalbereich.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="109"/>
        <source>%1 immune cells are very low (under 500 per µL): infections are more likely.</source>
        <translation>%1 gibt es sehr wenige Immunzellen (unter 500 pro µL): Infektionen sind wahrscheinlicher.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="114"/>
        <source>%1 the infection-fighting neutrophils are under 500 per µL: infections are much more likely and need quick care.</source>
        <translation>%1 liegen die Neutrophilen, die Infektionen abwehren, unter 500 pro µL: Infektionen sind dann viel wahrscheinlicher und müssen rasch behandelt werden.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="127"/>
        <source>Antibodies against %1 can be measured within the first month.</source>
        <translation>Antikörper gegen %1 sind schon im ersten Monat messbar.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="130"/>
        <source>Antibodies against %1 can be measured from month %2.</source>
        <translation>Antikörper gegen %1 sind ab Monat %2 messbar.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="134"/>
        <source>From month %1 they are strong enough to weaken the drug.</source>
        <translation>Ab Monat %1 sind sie stark genug, um das Medikament abzuschwächen.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="136"/>
        <source>In this simulation they do not become strong enough to weaken the drug.</source>
        <translation>In dieser Simulation werden sie nicht stark genug, um das Medikament abzuschwächen.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="140"/>
        <source>They can still be measured at the end of the simulation.</source>
        <translation>Am Ende der Simulation sind sie noch messbar.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="143"/>
        <source>From month %1 they can no longer be measured; they come back after a later course and can no longer be measured from month %2.</source>
        <translation>Ab Monat %1 sind sie nicht mehr messbar; nach einem späteren Zyklus kommen sie wieder und sind ab Monat %2 nicht mehr messbar.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="148"/>
        <source>They can no longer be measured from month %1.</source>
        <translation>Ab Monat %1 sind sie nicht mehr messbar.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="169"/>
        <source>Chance of at least one relapse within 2 years: about %1 in 100.</source>
        <translation>Wahrscheinlichkeit, innerhalb von 2 Jahren mindestens einen Schub zu haben: etwa %1 von 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="173"/>
        <source>Within 5 years: about %1 in 100.</source>
        <translation>Innerhalb von 5 Jahren: etwa %1 von 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="184"/>
        <source>Chance of a new autoimmune illness within 6 years, most often of the thyroid: about %1 in 100.</source>
        <translation>Wahrscheinlichkeit, innerhalb von 6 Jahren eine neue Autoimmunerkrankung zu bekommen, meist an der Schilddrüse: etwa %1 von 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="186"/>
        <source>Chance of a new autoimmune illness within 6 years: about %1 in 100.</source>
        <translation>Wahrscheinlichkeit, innerhalb von 6 Jahren eine neue Autoimmunerkrankung zu bekommen: etwa %1 von 100.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/CliCommands.cpp" line="86"/>
        <source>the simulation failed: %1</source>
        <translation>die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="88"/>
        <source>not enough memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="90"/>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="92"/>
        <source>internal error of an unknown kind</source>
        <translation>interner Fehler unbekannter Art</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="101"/>
        <source>lymphoscope-cli: no command given.</source>
        <translation>lymphoscope-cli: kein Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="138"/>
        <source>the commands are %1 and help</source>
        <translation>die Befehle sind %1 und help</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="141"/>
        <source>unknown option %1 (a command comes first; %2)</source>
        <translation>unbekannte Option %1 (zuerst kommt ein Befehl; %2)</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="142"/>
        <source>unknown command %1 (%2)</source>
        <translation>unbekannter Befehl %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="153"/>
        <source>Usage: lymphoscope-cli COMMAND [ARGUMENTS]</source>
        <translation>Aufruf: lymphoscope-cli BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="154"/>
        <source>Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, relapse and autoimmunity after multiple-sclerosis therapies. For exploration and education, not for clinical decisions.</source>
        <translation>Simuliert Lymphozyten-Untergruppen im Blut, Arzneimittelspiegel, Anti-Drug-Antikörper, Schübe und Autoimmunität nach Therapien der Multiplen Sklerose. Zum Erkunden und Erklären, nicht für klinische Entscheidungen.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="159"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="178"/>
        <source>This text.</source>
        <translation>Dieser Text.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="179"/>
        <source>The program version.</source>
        <translation>Die Programmversion.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="180"/>
        <source>Run &apos;lymphoscope-cli COMMAND --help&apos; for what each option does.</source>
        <translation>&apos;lymphoscope-cli BEFEHL --help&apos; zeigt, was jede Option bewirkt.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="182"/>
        <source>Outputs never replace an input or each other; &apos;-&apos; sends a CSV table to standard output.</source>
        <translation>Ausgaben ersetzen nie eine Eingabe oder einander; &apos;-&apos; schreibt eine CSV-Tabelle auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="185"/>
        <source>Exit status: 0 success, 1 internal error (e.g. an output file cannot be written), 2 bad input (the message names the field or option and the problem).</source>
        <translation>Exit-Status: 0 Erfolg, 1 interner Fehler (z. B. eine Ausgabedatei kann nicht geschrieben werden), 2 ungültige Eingabe (die Meldung nennt Feld oder Option und das Problem).</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="145"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="14"/>
        <source>Show this command&apos;s help.</source>
        <translation>Die Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="24"/>
        <source>A .lymphoscope.json file, or the name of a built-in example (a file of the same name wins; example:NAME always means the example).</source>
        <translation>Eine .lymphoscope.json-Datei oder der Name eines eingebauten Beispiels (eine gleichnamige Datei hat Vorrang; example:NAME meint immer das Beispiel).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>option %1 is given more than once</source>
        <translation>Option %1 ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="51"/>
        <source>option %1 needs a value, not an empty text</source>
        <translation>Option %1 braucht einen Wert, keinen leeren Text</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <source>&apos;%1&apos; needs %2: a .lymphoscope.json file or the name of a built-in example (see &apos;lymphoscope-cli examples&apos;)</source>
        <translation>&apos;%1&apos; braucht %2: eine .lymphoscope.json-Datei oder den Namen eines eingebauten Beispiels (siehe &apos;lymphoscope-cli examples&apos;)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>&apos;%1&apos; takes no arguments, got %2</source>
        <translation>&apos;%1&apos; nimmt keine Argumente, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>&apos;%1&apos; takes one %2, but %3 were given: %4</source>
        <translation>&apos;%1&apos; nimmt ein %2, aber %3 wurden angegeben: %4</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>Usage: lymphoscope-cli %1 [options]</source>
        <translation>Aufruf: lymphoscope-cli %1 [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>unknown option %1: &apos;%2&apos; takes no options</source>
        <translation>unbekannte Option %1: &apos;%2&apos; hat keine Optionen</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="103"/>
        <source>unknown option %1 for &apos;%2&apos; (its options are %3)</source>
        <translation>unbekannte Option %1 für &apos;%2&apos; (seine Optionen sind %3)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../app/Console.cpp" line="12"/>
        <source>Run &apos;lymphoscope-cli --help&apos; for the commands and options.</source>
        <translation>&apos;lymphoscope-cli --help&apos; zeigt die Befehle und Optionen.</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="22"/>
        <source>%1 instead of %2 in 100 people with a relapse</source>
        <translation>%1 statt %2 von 100 Menschen mit einem Schub</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="25"/>
        <source>%1 instead of %2 in 100 with a new autoimmune illness</source>
        <translation>%1 statt %2 von 100 mit einer neuen Autoimmunerkrankung</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="28"/>
        <source>%1 instead of %2 in 100 with long-lasting low CD4 T cells</source>
        <translation>%1 statt %2 von 100 mit anhaltend niedrigen CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="38"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="39"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="66"/>
        <source>within %n year(s)</source>
        <translation>
            <numerusform>innerhalb von %n Jahr</numerusform>
            <numerusform>innerhalb von %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="88"/>
        <source>A relapse %1</source>
        <comment>%1: within 5 years</comment>
        <translation>Ein Schub %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="90"/>
        <source>A new autoimmune illness %1</source>
        <comment>%1: within 5 years</comment>
        <translation>Eine neue Autoimmunerkrankung %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="103"/>
        <source>%1 in 100 people have at least one relapse %2.</source>
        <comment>%2: within 5 years</comment>
        <translation>%1 von 100 Menschen haben %2 mindestens einen Schub.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="106"/>
        <source>%1 in 100 people get a new autoimmune illness (for example of the thyroid) %2.</source>
        <comment>%2: within 5 years</comment>
        <translation>%1 von 100 Menschen bekommen %2 eine neue Autoimmunerkrankung (zum Beispiel der Schilddrüse).</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="165"/>
        <source>%1, %2 and %3 differ by less than 1 in 100 people on every outcome shown.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1 unterscheiden sich %2 und %3 bei jedem gezeigten Ergebnis um weniger als 1 von 100 Menschen.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="169"/>
        <source>%1, compared with %2, %3 means %4, and no outcome shown is worse.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1 bedeutet %3 im Vergleich zu %2: %4, und kein gezeigtes Ergebnis ist schlechter.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="173"/>
        <source>%1, compared with %2, %3 means %4, and no outcome shown is better.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1 bedeutet %3 im Vergleich zu %2: %4, und kein gezeigtes Ergebnis ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="176"/>
        <source>%1, compared with %2, %3 means %4, but %5.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1 bedeutet %3 im Vergleich zu %2: %4, aber %5.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="119"/>
        <source>%1 in 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="67"/>
        <source>within %n year(s) from month %1</source>
        <comment>the month the plans begin to differ</comment>
        <translation>
            <numerusform>innerhalb von %n Jahr ab Monat %1</numerusform>
            <numerusform>innerhalb von %n Jahren ab Monat %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="77"/>
        <source>%n year(s)</source>
        <comment>more than half of 5 years</comment>
        <translation>
            <numerusform>von %n Jahr</numerusform>
            <numerusform>von %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="78"/>
        <source>the %n year(s) from month %1</source>
        <comment>more than half of the 3 years from month 29</comment>
        <translation>
            <numerusform>des %n Jahres ab Monat %1</numerusform>
            <numerusform>der %n Jahre ab Monat %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="92"/>
        <source>Low CD4 T cells for more than half of %1</source>
        <comment>%1: 5 years</comment>
        <translation>Niedrige CD4-T-Zellen während mehr als der Hälfte %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="111"/>
        <source>%1 in 100 people have low CD4 T cells (more infections possible) for more than half of %2.</source>
        <comment>%2: 5 years</comment>
        <translation>%1 von 100 Menschen haben während mehr als der Hälfte %2 niedrige CD4-T-Zellen (mehr Infektionen möglich).</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="123"/>
        <source>%1 in 100 (%2–%3)</source>
        <translation>%1 von 100 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="129"/>
        <source>Between %1 and %2 in different groups of 100 virtual patients.</source>
        <translation>Zwischen %1 und %2 in verschiedenen Gruppen von 100 virtuellen Patienten.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="136"/>
        <source>no difference</source>
        <translation>kein Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="138"/>
        <source>%1%2 in 100</source>
        <translation>%1%2 von 100</translation>
    </message>
</context>
<context>
    <name>ExamplesCommand</name>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="18"/>
        <source>The built-in example scenarios, by name (example:NAME always names one).</source>
        <translation>Die eingebauten Beispielszenarien, nach Namen (example:NAME nennt immer eines).</translation>
    </message>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="37"/>
        <source>(invalid: %1)</source>
        <translation>(ungültig: %1)</translation>
    </message>
</context>
<context>
    <name>FieldPathText</name>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="68"/>
        <source>treatment %1</source>
        <translation>Behandlung %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="101"/>
        <source>file format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="102"/>
        <source>format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="103"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="104"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="105"/>
        <source>simulated time</source>
        <translation>simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="106"/>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="107"/>
        <source>treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="108"/>
        <source>measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="111"/>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="112"/>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="113"/>
        <source>untreated relapses</source>
        <translation>Schübe ohne Therapie</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="114"/>
        <source>ADA propensity</source>
        <translation>ADA-Neigung</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="115"/>
        <source>model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="116"/>
        <source>patient&apos;s own factors</source>
        <translation>eigene Faktoren des Patienten</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="121"/>
        <source>patient factor %1</source>
        <translation>Patientenfaktor %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="127"/>
        <source>measurement %1</source>
        <translation>Messwert %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="133"/>
        <source>quantity</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="134"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="139"/>
        <source>model parameter %1</source>
        <translation>Modellparameter %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="150"/>
        <source>therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="151"/>
        <source>infusions</source>
        <translation>Infusionen</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="152"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="153"/>
        <source>stop day</source>
        <translation>Absetztag</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="154"/>
        <source>daily dose</source>
        <translation>Tagesdosis</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="155"/>
        <source>regimen</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="132"/>
        <location filename="../ui/FieldPathText.cpp" line="156"/>
        <location filename="../ui/FieldPathText.cpp" line="166"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="161"/>
        <source>infusion %1</source>
        <translation>Infusion %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="167"/>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
</context>
<context>
    <name>FigureDescriber</name>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="198"/>
        <source>%1 (pinned only)</source>
        <translation>%1 (nur angeheftet)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="219"/>
        <source>%1, measured</source>
        <translation>%1, gemessen</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="234"/>
        <source>µg/mL</source>
        <translation>µg/mL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="235"/>
        <source> µg/mL</source>
        <translation> µg/mL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="254"/>
        <source>lymphocytes &lt; 500/µL</source>
        <translation>Lymphozyten &lt; 500/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="255"/>
        <source>lymphocytes &lt; 200/µL</source>
        <translation>Lymphozyten &lt; 200/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="256"/>
        <source>neutrophils &lt; 500/µL</source>
        <translation>Neutrophile &lt; 500/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="287"/>
        <source>cells/µL</source>
        <translation>Zellen/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="288"/>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="326"/>
        <source>titre</source>
        <translation>Titer</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="336"/>
        <source>binding-positive threshold</source>
        <translation>Positivitätsschwelle (bindend)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="352"/>
        <source>relapses per year</source>
        <translation>Schübe pro Jahr</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="354"/>
        <source>/year</source>
        <translation>/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="362"/>
        <source>P(≥1 relapse) %</source>
        <translation>P(≥1 Schub) %</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="380"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="397"/>
        <source>Secondary autoimmunity, cumulative probability (%)</source>
        <translation>Sekundäre Autoimmunität, kumulative Wahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="393"/>
        <source>Serum drug concentration</source>
        <translation>Serumkonzentration des Arzneimittels</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="308"/>
        <source>LLN (dotted)</source>
        <translation>Normgrenze</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="394"/>
        <source>Blood lymphocyte subsets</source>
        <translation>Lymphozyten-Subpopulationen im Blut</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="395"/>
        <source>Anti-drug antibodies (ADA)</source>
        <translation>Anti-Drug-Antikörper (ADA)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="396"/>
        <source>Relapse rate and cumulative probability</source>
        <translation>Schubrate und kumulative Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="411"/>
        <source>Time since day 0 (years)</source>
        <translation>Zeit seit Tag 0 (Jahre)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="411"/>
        <source>Time since day 0 (months)</source>
        <translation>Zeit seit Tag 0 (Monate)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plot/FigureDescriber.cpp" line="415"/>
        <source>Personalised forecast fitted to %n lab result(s): medians with 90% credible bands; the population&apos;s curves dotted</source>
        <translation>
            <numerusform>Personalisierte Vorhersage, angepasst an %n Laborwert: Mediane mit 90-%-Glaubwürdigkeitsbändern; die Kurven der Population gepunktet</numerusform>
            <numerusform>Personalisierte Vorhersage, angepasst an %n Laborwerte: Mediane mit 90-%-Glaubwürdigkeitsbändern; die Kurven der Population gepunktet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="419"/>
        <source>Virtual cohort of %1 patients: medians with 5th–95th percentile bands; probabilities are cohort means</source>
        <translation>Virtuelle Kohorte von %1 Patienten: Mediane mit Bändern der 5.–95. Perzentile; Wahrscheinlichkeiten = Kohortenmittel</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="422"/>
        <source>Typical patient (population-average parameters)</source>
        <translation>Typischer Patient (Parameter im Populationsmittel)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="426"/>
        <source>Simulation for exploration and education, not a clinical prediction. Lymphoscope %1</source>
        <translation>Simulation zur Erkundung und Lehre, keine klinische Vorhersage. Lymphoscope %1</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="447"/>
        <source>cohort 5th–95th percentile</source>
        <translation>Kohorte, 5.–95. Perzentile</translation>
    </message>
</context>
<context>
    <name>FileProblemText</name>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="24"/>
        <source>a table (CSV) this program wrote</source>
        <translation>Tabelle (CSV) dieses Programms</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="25"/>
        <source>a PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="26"/>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="27"/>
        <source>a Lymphoscope scenario</source>
        <translation>Lymphoscope-Szenario</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="28"/>
        <source>a validation report this program wrote</source>
        <translation>Validierungsbericht dieses Programms</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="31"/>
        <source>a file of that kind</source>
        <translation>Datei dieser Art</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="40"/>
        <source>cannot open %1: there is no such file</source>
        <translation>%1 kann nicht geöffnet werden: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="41"/>
        <source>cannot use %1: it is a folder, not a file</source>
        <translation>%1 kann nicht verwendet werden: es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="43"/>
        <source>cannot read %1: it is a pipe or device, not a file</source>
        <translation>%1 kann nicht gelesen werden: es ist eine Pipe oder ein Gerät, keine Datei</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="49"/>
        <source>more than the limit of %1</source>
        <translation>mehr als die Grenze von %1</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="50"/>
        <source>%1; the limit is %2</source>
        <translation>%1; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="52"/>
        <source>cannot read %1: the file is too large (%2)</source>
        <translation>%1 kann nicht gelesen werden: die Datei ist zu groß (%2)</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="56"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="59"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="63"/>
        <source>will not write %1: it is the input file itself; choose another name</source>
        <translation>%1 wird nicht geschrieben: es ist die Eingabedatei selbst; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="65"/>
        <source>will not write %1: it is the input %2 (the same file under another name); choose another name</source>
        <translation>%1 wird nicht geschrieben: es ist die Eingabe %2 (dieselbe Datei unter anderem Namen); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="71"/>
        <source>only one output can go to standard output (&apos;-&apos;); %1 already does</source>
        <translation>nur eine Ausgabe kann auf die Standardausgabe (&apos;-&apos;) gehen; %1 tut es bereits</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="73"/>
        <source>%1 and %2 %3 are the same file: give each output its own name</source>
        <translation>%1 und %2 %3 sind dieselbe Datei: geben Sie jeder Ausgabe einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="77"/>
        <source>cannot write %1: it is a socket or block device, not a file</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Socket oder Blockgerät, keine Datei</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="80"/>
        <source>cannot write %1: it is a named pipe that no program is reading</source>
        <translation>%1 kann nicht geschrieben werden: es ist eine benannte Pipe, die kein Programm liest</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="83"/>
        <source>cannot use %1: its symbolic links go round in a loop</source>
        <translation>%1 kann nicht verwendet werden: seine symbolischen Links bilden eine Schleife</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="85"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="87"/>
        <source>will not replace %1: it exists and is not %2; choose another name, or remove the file first</source>
        <comment>%2: a PDF, a PNG image, ...</comment>
        <translation>%1 wird nicht ersetzt: Die vorhandene Datei ist nicht vom Typ „%2“; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="93"/>
        <source>will not replace %1: it exists and cannot be read to tell what it holds; choose another name, or remove the file first</source>
        <translation>%1 wird nicht ersetzt: Die vorhandene Datei lässt sich nicht lesen, um ihren Inhalt zu erkennen; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst</translation>
    </message>
</context>
<context>
    <name>FitCommand</name>
    <message>
        <location filename="../app/FitCommand.cpp" line="47"/>
        <source>Fit the model to the patient&apos;s own lab results (the scenario&apos;s measurements and --labs), with the population as the prior, and forecast with credible bands.</source>
        <translation>Das Modell an die eigenen Laborwerte des Patienten anpassen (die Messwerte des Szenarios und --labs), mit der Population als Prior, und mit Glaubwürdigkeitsbändern vorhersagen.</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="49"/>
        <source>Lab results to add: a CSV file with the header day,quantity,value.</source>
        <translation>Hinzuzufügende Laborwerte: eine CSV-Datei mit der Kopfzeile day,quantity,value.</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="52"/>
        <source>Write the forecast: medians with _p05, _p25, _p75 and _p95 bands, as the cohort table (&apos;-&apos;: standard output).</source>
        <translation>Die Vorhersage schreiben: Mediane mit _p05-, _p25-, _p75- und _p95-Bändern, wie die Kohortentabelle (&apos;-&apos;: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="55"/>
        <source>Posterior draws of the forecast (1 to %1, default 200).</source>
        <translation>Posterior-Ziehungen der Vorhersage (1 bis %1, Standard 200).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="57"/>
        <source>Random seed of the draws (default 1).</source>
        <translation>Zufallsstartwert der Ziehungen (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="58"/>
        <source>Output step of the forecast in days (default 1).</source>
        <translation>Ausgabeschritt der Vorhersage in Tagen (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="60"/>
        <source>Write the scenario with the fitted patient (patient.individual) and the results it was fitted to.</source>
        <translation>Das Szenario mit dem angepassten Patienten (patient.individual) und den Werten schreiben, an die er angepasst wurde.</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="79"/>
        <source>--draws: expected a whole number from 1 to %1, got %2</source>
        <translation>--draws: erwartet eine ganze Zahl von 1 bis %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="89"/>
        <source>--seed: expected a whole number, got %1</source>
        <translation>--seed: erwartet eine ganze Zahl, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="95"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation>--step: erwartet eine positive Anzahl Tage, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="100"/>
        <source>--save-scenario: give a file name</source>
        <translation>--save-scenario: bitte einen Dateinamen angeben</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="155"/>
        <source>fit: %1</source>
        <translation>fit: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="183"/>
        <source>Fitted to %n lab result(s) up to day %1, with the population as the prior (Bayesian MAP; 90% intervals from the Laplace approximation).</source>
        <translation>
            <numerusform>Angepasst an %n Laborwert bis Tag %1, mit der Population als Prior (bayesscher MAP; 90-%-Intervalle aus der Laplace-Näherung).</numerusform>
            <numerusform>Angepasst an %n Laborwerte bis Tag %1, mit der Population als Prior (bayesscher MAP; 90-%-Intervalle aus der Laplace-Näherung).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="189"/>
        <source>note: the optimiser stopped before converging: %1</source>
        <translation>Hinweis: der Optimierer hat vor der Konvergenz angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="192"/>
        <source>Patient factors (1 = typical patient):</source>
        <translation>Patientenfaktoren (1 = typischer Patient):</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="197"/>
        <source>90%: %1–%2 (population %3–%4)%5</source>
        <translation>90 %: %1–%2 (Population %3–%4)%5</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="200"/>
        <source>; the results say little about it</source>
        <translation>; die Werte sagen wenig darüber aus</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="203"/>
        <source>Match to the results (residuals over the error model; about 1 is as expected):</source>
        <translation>Übereinstimmung mit den Werten (Residuen relativ zum Fehlermodell; etwa 1 ist wie erwartet):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="209"/>
        <source>%n result(s), RMS %1, results %2% below the fit on average</source>
        <translation>
            <numerusform>%n Wert, RMS %1, Werte im Mittel %2 % unter der Anpassung</numerusform>
            <numerusform>%n Werte, RMS %1, Werte im Mittel %2 % unter der Anpassung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="212"/>
        <source>%n result(s), RMS %1, results %2% above the fit on average</source>
        <translation>
            <numerusform>%n Wert, RMS %1, Werte im Mittel %2 % über der Anpassung</numerusform>
            <numerusform>%n Werte, RMS %1, Werte im Mittel %2 % über der Anpassung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="217"/>
        <source>A fit to this patient&apos;s results, for exploration and education: it shows what the model makes of them, not a prediction of this patient&apos;s course.</source>
        <translation>Eine Anpassung an die Werte dieses Patienten, zum Erkunden und Lernen: sie zeigt, was das Modell daraus macht, keine Vorhersage des Verlaufs dieses Patienten.</translation>
    </message>
</context>
<context>
    <name>FitProblemText</name>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="22"/>
        <source>there are no measurements to fit: add the patient&apos;s lab results (at least 2, on at least 2 days)</source>
        <translation>es gibt keine Messwerte für eine Anpassung: tragen Sie die Laborwerte des Patienten ein (mindestens 2, an mindestens 2 Tagen)</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="27"/>
        <source>a fit needs at least %1 measurements, there is %2</source>
        <translation>eine Anpassung braucht mindestens %1 Messwerte, vorhanden: %2</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="32"/>
        <source>every measurement is on day %1: a fit needs results from at least 2 days</source>
        <translation>alle Messwerte stammen von Tag %1: eine Anpassung braucht Werte von mindestens 2 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="38"/>
        <source>%1 was measured, but the plan gives no %2</source>
        <translation>%1 wurde gemessen, aber der Plan enthält kein %2</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="43"/>
        <source>two results of %1 on day %2 (%3 and %4) differ by far more than the assay error: please check them</source>
        <translation>zwei Werte von %1 an Tag %2 (%3 und %4) weichen weit stärker voneinander ab als der Messfehler: bitte prüfen</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="50"/>
        <source>the fit found no optimum after %1 iterations</source>
        <translation>die Anpassung hat nach %1 Iterationen kein Optimum gefunden</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <location filename="../ui/education/PlanStrip.cpp" line="32"/>
        <source>year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../ui/education/PlanStrip.cpp" line="32"/>
        <source>month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="78"/>
        <source>Lymphoscope %1 · %2 · A simulation for explaining and exploring, not a prediction for one person.</source>
        <translation>Lymphoscope %1 · %2 · Eine Simulation zum Erklären und Erkunden, keine Vorhersage für eine einzelne Person.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="73"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="74"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="191"/>
        <source>Treatment plan: %1</source>
        <translation>Behandlungsplan: %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="197"/>
        <source>the handout PDF could not be written</source>
        <translation>das PDF des Merkblatts konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="221"/>
        <source>the handout could not be started</source>
        <translation>das Merkblatt konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="236"/>
        <source>Your treatment plan</source>
        <translation>Ihr Behandlungsplan</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/HandoutWriter.cpp" line="243"/>
        <source>This handout comes from a computer simulation fitted to %n of your own lab result(s): the model was adjusted so that its curves pass close to your results, and the shaded bands show how uncertain that adjustment still is. It is still a model, made to explain and explore treatment plans, not a prediction for you: your results only inform the blood counts and levels that were measured, not relapses or autoimmunity, and your own course can be different. Please talk about your questions with your neurologist.</source>
        <translation>
            <numerusform>Dieses Merkblatt stammt aus einer Computersimulation, die an %n Ihrer eigenen Laborwerte angepasst wurde: das Modell wurde so eingestellt, dass seine Kurven nahe an Ihren Werten verlaufen, und die schattierten Bänder zeigen, wie unsicher diese Anpassung noch ist. Es bleibt ein Modell, gemacht, um Behandlungspläne zu erklären und zu erkunden, keine Vorhersage für Sie: Ihre Werte sagen nur etwas über die gemessenen Blutwerte und Spiegel, nicht über Schübe oder Autoimmunität, und Ihr eigener Verlauf kann anders sein. Bitte besprechen Sie Ihre Fragen mit Ihrer Neurologin oder Ihrem Neurologen.</numerusform>
            <numerusform>Dieses Merkblatt stammt aus einer Computersimulation, die an %n Ihrer eigenen Laborwerte angepasst wurde: das Modell wurde so eingestellt, dass seine Kurven nahe an Ihren Werten verlaufen, und die schattierten Bänder zeigen, wie unsicher diese Anpassung noch ist. Es bleibt ein Modell, gemacht, um Behandlungspläne zu erklären und zu erkunden, keine Vorhersage für Sie: Ihre Werte sagen nur etwas über die gemessenen Blutwerte und Spiegel, nicht über Schübe oder Autoimmunität, und Ihr eigener Verlauf kann anders sein. Bitte besprechen Sie Ihre Fragen mit Ihrer Neurologin oder Ihrem Neurologen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="251"/>
        <source>This handout comes from a computer simulation of an average patient, made to explain and explore treatment plans. It is not a prediction for you: your own course can be different. Please talk about your questions with your neurologist.</source>
        <translation>Dieses Merkblatt beruht auf einer Computersimulation eines durchschnittlichen Patienten und soll Behandlungspläne erklären und veranschaulichen. Es ist keine Vorhersage für Sie: Ihr eigener Verlauf kann anders sein. Bitte besprechen Sie Ihre Fragen mit Ihrer Neurologin oder Ihrem Neurologen.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="292"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="305"/>
        <source>Month %1: %2</source>
        <translation>Monat %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="311"/>
        <source>What the simulation shows</source>
        <translation>Was die Simulation zeigt</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="325"/>
        <source>the handout&apos;s second page could not be started</source>
        <translation>die zweite Seite des Merkblatts konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="332"/>
        <source>What this could mean for 100 people like you</source>
        <translation>Was das für 100 Menschen wie Sie bedeuten könnte</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="334"/>
        <source>Each figure stands for one person. Filled figures are the people who had the outcome in the simulation of 1,000 virtual patients; the range shows how much this varied between groups of 100 of them.</source>
        <translation>Jede Figur steht für einen Menschen. Ausgefüllte Figuren sind die Menschen, bei denen das Ereignis in der Simulation von 1.000 virtuellen Patienten eintrat; der Bereich zeigt, wie stark das zwischen Gruppen von je 100 von ihnen schwankte.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="367"/>
        <source>Not known for this plan.</source>
        <translation>Für diesen Plan nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="379"/>
        <source>The plans side by side</source>
        <translation>Die Pläne nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="386"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="434"/>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="475"/>
        <source>a page of the handout could not be started</source>
        <translation>eine Seite des Merkblatts konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="442"/>
        <source>Where the numbers come from</source>
        <translation>Woher die Zahlen stammen</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="443"/>
        <source>The simulation is calibrated to published trial and cohort figures. Its main sources:</source>
        <translation>Die Simulation ist an veröffentlichte Zahlen aus Studien und Kohorten angepasst. Ihre wichtigsten Quellen:</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="462"/>
        <source>Decision aids: Trevena et al. 2013 and Joseph-Williams et al. 2014 (how to present chances).</source>
        <translation>Entscheidungshilfen: Trevena et al. 2013 und Joseph-Williams et al. 2014 (wie man Wahrscheinlichkeiten darstellt).</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="466"/>
        <source>Every number and its source: Lymphoscope, Help → Model Parameters and Sources.</source>
        <translation>Jede Zahl und ihre Quelle: Lymphoscope, Hilfe → Modellparameter und Quellen.</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../ui/IssueText.cpp" line="65"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="66"/>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="67"/>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="68"/>
        <source>%1 relapses per year</source>
        <translation>%1 Schübe pro Jahr</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="69"/>
        <source>%1 mg per day</source>
        <translation>%1 mg pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="77"/>
        <location filename="../ui/IssueText.cpp" line="104"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="78"/>
        <location filename="../ui/IssueText.cpp" line="103"/>
        <source>text in double quotes</source>
        <translation>Text in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="79"/>
        <source>an object {...}</source>
        <translation>ein Objekt {...}</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="80"/>
        <source>a list [...]</source>
        <translation>eine Liste [...]</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="81"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="90"/>
        <source>the text %1</source>
        <translation>der Text %1</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="91"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="92"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="114"/>
        <source>the end of the text</source>
        <translation>das Ende des Textes</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="115"/>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="116"/>
        <source>a key in double quotes</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="118"/>
        <location filename="../ui/IssueText.cpp" line="120"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="125"/>
        <source>syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="142"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="145"/>
        <source>must be more than %1 and at most %2, got %3</source>
        <translation>muss größer als %1 und höchstens %2 sein (Wert: %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="146"/>
        <location filename="../ui/IssueText.cpp" line="215"/>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen (Wert: %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="151"/>
        <source>must be more than 0 and at most %1 days (%2 years), got %3</source>
        <translation>muss größer als 0 und höchstens %1 Tage, also %2 Jahre, sein (Wert: %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="156"/>
        <source>must be more than 0 and at most %1 mg per infusion of %2, got %3</source>
        <translation>muss größer als 0 und höchstens %1 mg pro Infusion von %2 sein (Wert: %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="161"/>
        <source>must be 0 or later (days count from the scenario&apos;s day 0), got %1</source>
        <translation>muss 0 oder später sein, denn die Tage zählen ab Tag 0 des Szenarios (Wert: %1)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="166"/>
        <source>must lie within the simulated time (up to day %1), got %2</source>
        <translation>muss innerhalb der simulierten Zeit liegen (bis Tag %1; Wert: %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="171"/>
        <source>must be after the first day (%1), got %2</source>
        <translation>muss nach dem ersten Tag (%1) liegen (Wert: %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="176"/>
        <source>the %1 reinfusion must be on day %2 or later, so that conditioning (days -%2 to -1 before it) falls inside the scenario; got %3</source>
        <translation>die Reinfusion bei %1 muss an Tag %2 oder später sein, damit die Konditionierung (Tage -%2 bis -1 davor) im Szenario liegt (Wert: %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="182"/>
        <source>needs at least one infusion</source>
        <translation>braucht mindestens eine Infusion</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="186"/>
        <source>at most %1 treatments are allowed, got %2</source>
        <translation>höchstens %1 Behandlungen sind erlaubt (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="191"/>
        <source>at most %1 infusions per treatment are allowed, got %2</source>
        <translation>höchstens %1 Infusionen pro Behandlung sind erlaubt (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="196"/>
        <source>must be at most %1 characters long, got %2</source>
        <translation>darf höchstens %1 Zeichen lang sein (Länge: %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="201"/>
        <source>must be valid UTF-8 text</source>
        <translation>muss gültiger UTF-8-Text sein</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="206"/>
        <source>unknown model parameter %1 (did you mean %2?)</source>
        <translation>unbekannter Modellparameter %1 (war %2 gemeint?)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="209"/>
        <source>unknown model parameter %1</source>
        <translation>unbekannter Modellparameter %1</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="221"/>
        <source>unknown measured quantity %1 (did you mean %2?); known quantities: %3</source>
        <translation>unbekannte Messgröße %1 (war %2 gemeint?); bekannte Messgrößen: %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="225"/>
        <source>unknown measured quantity %1; known quantities: %2</source>
        <translation>unbekannte Messgröße %1; bekannte Messgrößen: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="230"/>
        <source>must be between 0 and %1 %2 (a plausible %3), got %4</source>
        <translation>muss zwischen 0 und %1 %2 liegen (ein plausibler Wert für %3), Wert: %4</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="235"/>
        <source>at most %1 measurements are allowed, got %2</source>
        <translation>höchstens %1 Messwerte sind erlaubt, vorhanden: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="241"/>
        <source>unknown patient factor %1 (did you mean %2?); known factors: %3</source>
        <translation>unbekannter Patientenfaktor %1 (war %2 gemeint?); bekannte Faktoren: %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="244"/>
        <source>unknown patient factor %1; known factors: %2</source>
        <translation>unbekannter Patientenfaktor %1; bekannte Faktoren: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="249"/>
        <source>unknown value %1; allowed: %2</source>
        <translation>unbekannter Wert %1; erlaubt: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="254"/>
        <source>overlaps %3 on day %2 (one infusion of %1 a day at most)</source>
        <translation>überschneidet sich an Tag %2 mit %3 (höchstens eine Infusion von %1 pro Tag)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="260"/>
        <source>overlaps %1, which runs from day %2 to %3</source>
        <translation>überschneidet sich mit %1, das von Tag %2 bis %3 läuft</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="265"/>
        <source>comes less than %1 days after %2, on day %3</source>
        <translation>liegt weniger als %1 Tage nach %2 an Tag %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="270"/>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="275"/>
        <source>the required key %1 is missing</source>
        <translation>der Pflichtschlüssel %1 fehlt</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="281"/>
        <source>unknown key %1 for %2 (did you mean %3?); allowed keys: %4</source>
        <translation>unbekannter Schlüssel %1 für %2 (war %3 gemeint?); erlaubte Schlüssel: %4</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="285"/>
        <source>unknown key %1 for %2; allowed keys: %3</source>
        <translation>unbekannter Schlüssel %1 für %2; erlaubte Schlüssel: %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="289"/>
        <source>unknown key %1 (did you mean %2?); allowed keys: %3</source>
        <translation>unbekannter Schlüssel %1 (war %2 gemeint?); erlaubte Schlüssel: %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="292"/>
        <source>unknown key %1; allowed keys: %2</source>
        <translation>unbekannter Schlüssel %1; erlaubte Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="296"/>
        <source>duplicate key: it appears more than once in the same object</source>
        <translation>doppelter Schlüssel: er kommt im selben Objekt mehrmals vor</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="300"/>
        <source>not a Lymphoscope scenario: expected %1, got %2</source>
        <translation>kein Lymphoscope-Szenario: erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="305"/>
        <source>written by a newer version of Lymphoscope (version %1); this program reads version %2</source>
        <translation>von einer neueren Lymphoscope-Version geschrieben (Version %1); dieses Programm liest Version %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="312"/>
        <source>unsupported version %1; this program reads version %2</source>
        <translation>nicht unterstützte Version %1; dieses Programm liest Version %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="319"/>
        <source>unknown therapy %1 (did you mean %2?); known therapies: %3</source>
        <translation>unbekannte Therapie %1 (war %2 gemeint?); bekannte Therapien: %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="322"/>
        <source>unknown therapy %1; known therapies: %2</source>
        <translation>unbekannte Therapie %1; bekannte Therapien: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="328"/>
        <source>unknown regimen %1 (did you mean %2?); known regimens: %3</source>
        <translation>unbekanntes Schema %1 (war %2 gemeint?); bekannte Schemata: %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="331"/>
        <source>unknown regimen %1; known regimens: %2</source>
        <translation>unbekanntes Schema %1; bekannte Schemata: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="336"/>
        <source>the text is too large (%1); the limit is %2</source>
        <translation>der Text ist zu groß (%1); die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="341"/>
        <source>the text is empty: a scenario {...} was expected</source>
        <translation>der Text ist leer: erwartet wurde ein Szenario {...}</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="345"/>
        <source>the number %1 is too large</source>
        <translation>die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="349"/>
        <source>nested deeper than %1 levels; a scenario needs at most %2</source>
        <translation>tiefer als %1 Ebenen verschachtelt; ein Szenario braucht höchstens %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="355"/>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="360"/>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="364"/>
        <source>text needs double quotes, not single quotes</source>
        <translation>Text braucht doppelte Anführungszeichen, keine einfachen</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="369"/>
        <source>unexpected character: text needs double quotes; bare words are only true, false and null</source>
        <translation>unerwartetes Zeichen: Text braucht doppelte Anführungszeichen; ohne Anführungszeichen sind nur true, false und null erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="372"/>
        <source>invalid value %1: text needs double quotes; bare words are only true, false and null</source>
        <translation>ungültiger Wert %1: Text braucht doppelte Anführungszeichen; ohne Anführungszeichen sind nur true, false und null erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="378"/>
        <source>invalid value %1: JSON has no NaN or Infinity; write a finite number</source>
        <translation>ungültiger Wert %1: JSON kennt weder NaN noch Infinity; bitte eine endliche Zahl schreiben</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="384"/>
        <source>invalid UTF-8 byte (save the file as UTF-8)</source>
        <translation>ungültiges UTF-8-Byte (die Datei als UTF-8 speichern)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="388"/>
        <source>text in quotes is not closed: the closing &apos;&quot;&apos; is missing</source>
        <translation>ein Text in Anführungszeichen ist nicht geschlossen: das schließende &apos;&quot;&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="394"/>
        <source>a control character (%1) inside quotes must be written as an escape, such as \n or \t</source>
        <translation>ein Steuerzeichen (%1) in Anführungszeichen muss als Escape-Folge geschrieben werden, etwa \n oder \t</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="400"/>
        <source>invalid escape after a backslash inside quotes</source>
        <translation>ungültige Escape-Folge nach einem Backslash in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="404"/>
        <source>invalid number: a digit is missing</source>
        <translation>ungültige Zahl: eine Ziffer fehlt</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="413"/>
        <source>no built-in example has this name (the examples are %1)</source>
        <translation>kein eingebautes Beispiel hat diesen Namen (die Beispiele sind %1)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="418"/>
        <source>cannot open: there is no such file, and no built-in example has this name (the examples are %1)</source>
        <translation>kann nicht geöffnet werden: diese Datei gibt es nicht, und kein eingebautes Beispiel hat diesen Namen (die Beispiele sind %1)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="424"/>
        <source>both a file and a built-in example are named %1: the file was used (write %2 for the example)</source>
        <translation>eine Datei und ein eingebautes Beispiel heißen beide %1: die Datei wurde verwendet (für das Beispiel %2 schreiben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/IssueText.cpp" line="461"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabsFile</name>
    <message>
        <location filename="../app/LabsFile.cpp" line="84"/>
        <source>--labs: %1: the column &apos;date&apos; needs a scenario with a start date, and scenarios have none: give &apos;day&apos; (days from the scenario&apos;s day 0)</source>
        <translation>--labs: %1: die Spalte &apos;date&apos; braucht ein Szenario mit Startdatum, und Szenarien haben keines: geben Sie &apos;day&apos; an (Tage ab Tag 0 des Szenarios)</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="88"/>
        <source>--labs: %1:%2: expected the header day,quantity,value</source>
        <translation>--labs: %1:%2: erwartet die Kopfzeile day,quantity,value</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="95"/>
        <source>--labs: %1:%2: expected %3 values separated by commas, got %4</source>
        <translation>--labs: %1:%2: erwartet %3 durch Kommas getrennte Werte, erhalten: %4</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="110"/>
        <source>--labs: %1:%2:%3: %4: expected a number, got %5</source>
        <translation>--labs: %1:%2:%3: %4: erwartet eine Zahl, erhalten: %5</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="126"/>
        <source>--labs: %1: empty; expected the header day,quantity,value and a row per result</source>
        <translation>--labs: %1: leer; erwartet die Kopfzeile day,quantity,value und eine Zeile pro Wert</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <location filename="../app/OutputFiles.cpp" line="126"/>
        <source>--%1: cannot draw %2: %3</source>
        <translation>--%1: %2 kann nicht gezeichnet werden: %3</translation>
    </message>
</context>
<context>
    <name>ParametersCommand</name>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="16"/>
        <source>The model&apos;s parameter table with units and sources.</source>
        <translation>Die Parametertabelle des Modells mit Einheiten und Quellen.</translation>
    </message>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="17"/>
        <source>As a Markdown table.</source>
        <translation>Als Markdown-Tabelle.</translation>
    </message>
</context>
<context>
    <name>PatientDifferences</name>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="27"/>
        <source>untreated relapses %1 a year (current %2)</source>
        <translation>unbehandelte Schübe %1 pro Jahr (aktuell %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="28"/>
        <source>ADA propensity %1 (current %2)</source>
        <translation>ADA-Neigung %1 (aktuell %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="29"/>
        <source>age %1 years (current %2)</source>
        <translation>Alter %1 Jahre (aktuell %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="30"/>
        <source>weight %1 kg (current %2)</source>
        <translation>Gewicht %1 kg (aktuell %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="32"/>
        <source>other model parameters</source>
        <translation>andere Modellparameter</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="39"/>
        <source>The patients differ too, so not every difference comes from the plans — %1.</source>
        <translation>Auch die Patienten unterscheiden sich, daher stammt nicht jeder Unterschied von den Plänen — %1.</translation>
    </message>
</context>
<context>
    <name>PatientField</name>
    <message>
        <location filename="../ui/PatientField.cpp" line="41"/>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="43"/>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="45"/>
        <source>baseline relapse rate</source>
        <translation>Ausgangsschubrate</translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="47"/>
        <source>ADA propensity</source>
        <translation>ADA-Neigung</translation>
    </message>
</context>
<context>
    <name>PlanNames</name>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="16"/>
        <source>aHSCT, relapse four years later, then alemtuzumab</source>
        <translation>aHSCT, Schub vier Jahre später, dann Alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="17"/>
        <source>Alemtuzumab ×2, then aHSCT for persistent disease activity</source>
        <translation>Alemtuzumab ×2, dann aHSCT bei anhaltender Krankheitsaktivität</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="18"/>
        <source>Alemtuzumab ×2, then ocrelizumab</source>
        <translation>Alemtuzumab ×2, dann Ocrelizumab</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="19"/>
        <source>Alemtuzumab course 1 with a weekend gap</source>
        <translation>Alemtuzumab-Zyklus 1 mit einer Wochenendpause</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="20"/>
        <source>Rituximab before a third alemtuzumab course (a hypothesis)</source>
        <translation>Rituximab vor einem dritten Alemtuzumab-Zyklus (eine Hypothese)</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="21"/>
        <source>Strong anti-drug-antibody responder, three alemtuzumab courses</source>
        <translation>Starke Bildung von Anti-Drug-Antikörpern, drei Alemtuzumab-Zyklen</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="22"/>
        <source>Fingolimod, a 30-day washout, then alemtuzumab</source>
        <translation>Fingolimod, 30 Tage Auswaschphase, dann Alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="32"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="35"/>
        <location filename="../ui/decision/PlanNames.cpp" line="42"/>
        <source>No treatment</source>
        <translation>Keine Behandlung</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="43"/>
        <source>%1, then no further treatment</source>
        <translation>%1, dann keine weitere Behandlung</translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="34"/>
        <source>Lymphoscope %1</source>
        <translation>Lymphoscope %1</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="70"/>
        <source>the PNG image could not be encoded</source>
        <translation>das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="95"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="100"/>
        <source>the PDF could not be written</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="118"/>
        <source>Simulation for exploration and education, not a clinical prediction. %1</source>
        <translation>Simulation zum Erkunden und Erklären, keine klinische Vorhersage. %1</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="123"/>
        <source>the SVG drawing could not be started</source>
        <translation>die SVG-Grafik konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="128"/>
        <source>the SVG drawing could not be written</source>
        <translation>die SVG-Grafik konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReplaceTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/ReplaceTreatmentCommand.cpp" line="17"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="28"/>
        <source>Write the patient handout (plan, simple plots, plain words, sources) as a PDF.</source>
        <translation>Das Patienten-Merkblatt (Plan, einfache Grafiken, klare Worte, Quellen) als PDF schreiben.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="30"/>
        <source>Where the handout goes (required).</source>
        <translation>Wohin das Merkblatt geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="32"/>
        <source>Language of the handout: %1.</source>
        <translation>Sprache des Merkblatts: %1.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="34"/>
        <source>A second plan to compare with.</source>
        <translation>Ein zweiter Plan zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="46"/>
        <source>report: --pdf FILE is required (where the handout goes).</source>
        <translation>report: --pdf DATEI ist erforderlich (wohin das Merkblatt geschrieben wird).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="48"/>
        <source>--pdf: &apos;-&apos; (standard output) is for CSV tables only; give a file name for the handout</source>
        <translation>--pdf: &apos;-&apos; (Standardausgabe) gilt nur für CSV-Tabellen; geben Sie einen Dateinamen für das Merkblatt an</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="53"/>
        <source>report: --lang: expected one of %1, got &quot;%2&quot;.</source>
        <translation>report: --lang: erwartet wird einer der Werte %1, erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="90"/>
        <source>report: cannot draw the handout: %1</source>
        <translation>report: das Merkblatt kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="97"/>
        <source>Wrote the handout for “%1” (%2 pages) to %3</source>
        <translation>Merkblatt für „%1“ (%2 Seiten) nach %3 geschrieben</translation>
    </message>
</context>
<context>
    <name>ResultColumn</name>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="38"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="41"/>
        <source>Lymphocytes</source>
        <translation>Lymphozyten</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="42"/>
        <source>CD19 B cells</source>
        <translation>CD19-B-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="44"/>
        <source>Memory B cells</source>
        <translation>Gedächtnis-B-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="47"/>
        <source>Naive and transitional B cells</source>
        <translation>Naive und transitionale B-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="48"/>
        <source>CD4 T cells</source>
        <translation>CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="51"/>
        <source>Naive CD4 T cells</source>
        <translation>Naive CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="53"/>
        <source>Memory CD4 T cells</source>
        <translation>Gedächtnis-CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="54"/>
        <source>CD8 T cells</source>
        <translation>CD8-T-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="56"/>
        <source>NK cells</source>
        <translation>NK-Zellen</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="58"/>
        <source>Neutrophils</source>
        <translation>Neutrophile</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="60"/>
        <source>{}</source>
        <translation>{}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="63"/>
        <location filename="../core/simulate/ResultColumns.cpp" line="78"/>
        <source>Neutralising ADA against {}</source>
        <translation>Neutralisierende ADA gegen {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="66"/>
        <source>ADA against {}</source>
        <translation>ADA gegen {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="69"/>
        <source>Ever binding-positive for ADA against {}</source>
        <translation>Jemals bindende ADA gegen {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="72"/>
        <source>Binding-positive for ADA against {}</source>
        <translation>Bindende ADA gegen {} nachweisbar</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="75"/>
        <source>Ever neutralising ADA against {}</source>
        <translation>Jemals neutralisierende ADA gegen {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="80"/>
        <source>Fingolimod-phosphate</source>
        <translation>Fingolimod-Phosphat</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="83"/>
        <source>Lymphocytes below the LLN</source>
        <translation>Lymphozyten unter dem unteren Normwert</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="85"/>
        <source>B cells below the LLN</source>
        <translation>B-Zellen unter dem unteren Normwert</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="87"/>
        <source>CD4 T cells below the LLN</source>
        <translation>CD4-T-Zellen unter dem unteren Normwert</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="89"/>
        <source>CD8 T cells below the LLN</source>
        <translation>CD8-T-Zellen unter dem unteren Normwert</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="91"/>
        <source>relapse rate</source>
        <translation>Schubrate</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="94"/>
        <source>expected relapses</source>
        <translation>erwartete Schübe</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="96"/>
        <source>P(≥1 relapse)</source>
        <translation>P(≥1 Schub)</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="98"/>
        <source>relapse-free</source>
        <translation>schubfrei</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="100"/>
        <source>P(≥1 autoimmune event)</source>
        <translation>P(≥1 Autoimmunereignis)</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="103"/>
        <source>thyroid autoimmunity</source>
        <translation>Schilddrüsen-Autoimmunität</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="105"/>
        <source>immune thrombocytopenia</source>
        <translation>Immunthrombozytopenie</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="107"/>
        <source>anti-GBM disease</source>
        <translation>Anti-GBM-Erkrankung</translation>
    </message>
</context>
<context>
    <name>ScenarioArgument</name>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="23"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="34"/>
        <source>note: &apos;lymphoscope-cli validate %1&apos; lists every problem</source>
        <translation>Hinweis: &apos;lymphoscope-cli validate %1&apos; listet alle Probleme auf</translation>
    </message>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="46"/>
        <source>note: &apos;lymphoscope-cli parameters&apos; lists the model parameters</source>
        <translation>Hinweis: &apos;lymphoscope-cli parameters&apos; listet die Modellparameter auf</translation>
    </message>
</context>
<context>
    <name>SetHorizonCommand</name>
    <message>
        <location filename="../ui/commands/SetHorizonCommand.cpp" line="14"/>
        <source>Set simulated time</source>
        <translation>Simulierte Zeit festlegen</translation>
    </message>
</context>
<context>
    <name>SetPatientFieldCommand</name>
    <message>
        <location filename="../ui/commands/SetPatientFieldCommand.cpp" line="14"/>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="23"/>
        <source>Run a scenario (a .lymphoscope.json file, or the name of a built-in example; example:NAME always means the example) and print a summary.</source>
        <translation>Ein Szenario rechnen (eine .lymphoscope.json-Datei oder der Name eines eingebauten Beispiels; example:NAME meint immer das Beispiel) und eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="43"/>
        <source>--step: a step of %1 days gives more than 2,000,000 rows over the %2-day horizon; choose a larger step</source>
        <translation>--step: ein Schritt von %1 Tagen ergibt mehr als 2.000.000 Zeilen über den Horizont von %2 Tagen; wählen Sie einen größeren Schritt</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="70"/>
        <source>not enough memory for %1 patients × %2 days; try a larger --step or fewer patients</source>
        <translation>nicht genug Arbeitsspeicher für %1 Patienten × %2 Tage; versuchen Sie einen größeren --step oder weniger Patienten</translation>
    </message>
</context>
<context>
    <name>SimulateOptions</name>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="26"/>
        <source>--cohort: expected a whole number of virtual patients from 1 to %1, got %2</source>
        <translation>--cohort: erwartet wird eine ganze Zahl virtueller Patienten von 1 bis %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="40"/>
        <source>--seed: expected a whole number from 0 to %1, got %2</source>
        <translation>--seed: erwartet wird eine ganze Zahl von 0 bis %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="53"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation>--step: erwartet wird eine positive Anzahl Tage, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="68"/>
        <source>--png-size: expected WIDTHxHEIGHT in pixels, each from %1 to %2 (e.g. 1600x2000), got %3</source>
        <translation>--png-size: erwartet wird BREITExHÖHE in Pixeln, jeweils von %1 bis %2 (z. B. 1600x2000), erhalten: %3</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="83"/>
        <source>Write the result table, one row per output step (&apos;-&apos;: standard output).</source>
        <translation>Die Ergebnistabelle schreiben, eine Zeile pro Ausgabeschritt (&apos;-&apos;: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="85"/>
        <source>Write the plots as a PNG image.</source>
        <translation>Die Grafiken als PNG-Bild schreiben.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="86"/>
        <source>Write the plots as a PDF.</source>
        <translation>Die Grafiken als PDF schreiben.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="87"/>
        <source>Simulate N virtual patients (1 to %1): medians with 5th-95th percentiles, probabilities as cohort means.</source>
        <translation>N virtuelle Patienten simulieren (1 bis %1): Mediane mit 5.–95. Perzentil, Wahrscheinlichkeiten als Kohortenmittel.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="90"/>
        <source>Random seed of the cohort (default 1).</source>
        <translation>Zufallsstartwert der Kohorte (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="91"/>
        <source>With --cohort: one row per virtual patient (sampled variation and outcomes; &apos;-&apos;: standard output).</source>
        <translation>Mit --cohort: eine Zeile pro virtuellem Patienten (gezogene Variation und Ergebnisse; &apos;-&apos;: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="94"/>
        <source>With --cohort N: only virtual patient K (0 to N-1) of that cohort, with all its curves (the one Show a Patient draws).</source>
        <translation>Mit --cohort N: nur der virtuelle Patient K (0 bis N-1) dieser Kohorte, mit all seinen Kurven (derjenige, den Einen Patienten zeigen zeichnet).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="97"/>
        <source>Output step in days (default 1). The printed summary is measured on the daily grid whatever the step.</source>
        <translation>Ausgabeschritt in Tagen (Standard 1). Die ausgegebene Zusammenfassung wird unabhängig vom Schritt auf dem Tagesraster gemessen.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="100"/>
        <source>Size of the PNG in pixels (default 1600x2000).</source>
        <translation>Größe des PNG in Pixeln (Standard 1600x2000).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="119"/>
        <source>--%1: &apos;-&apos; (standard output) is for CSV tables only; give a file name for the image</source>
        <translation>--%1: &apos;-&apos; (Standardausgabe) gilt nur für CSV-Tabellen; geben Sie einen Dateinamen für das Bild an</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="132"/>
        <source>--patients-csv: needs --cohort N (it has one row per virtual patient)</source>
        <translation>--patients-csv: erfordert --cohort N (eine Zeile pro virtuellem Patienten)</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="139"/>
        <source>--patient: needs --cohort N (it picks one of the cohort&apos;s patients)</source>
        <translation>--patient: braucht --cohort N (es wählt einen der Patienten der Kohorte)</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="143"/>
        <source>--patient: expected a whole number from 0 to %1, got %2</source>
        <translation>--patient: erwartet eine ganze Zahl von 0 bis %1, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="149"/>
        <source>--patients-csv: not with --patient (one patient has no cohort table)</source>
        <translation>--patients-csv: nicht zusammen mit --patient (ein einzelner Patient hat keine Kohortentabelle)</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="160"/>
        <source>lymphoscope-cli: note: --seed has no effect without --cohort</source>
        <translation>lymphoscope-cli: Hinweis: --seed wirkt nur zusammen mit --cohort</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="174"/>
        <source>lymphoscope-cli: note: --png-size has no effect without --png</source>
        <translation>lymphoscope-cli: Hinweis: --png-size wirkt nur zusammen mit --png</translation>
    </message>
</context>
<context>
    <name>SimulationErrorText</name>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="20"/>
        <source>naive B cells</source>
        <comment>within a sentence</comment>
        <translation>naive B-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="21"/>
        <source>memory B cells</source>
        <comment>within a sentence</comment>
        <translation>B-Gedächtniszellen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="22"/>
        <source>naive CD4 T cells</source>
        <comment>within a sentence</comment>
        <translation>naive CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="23"/>
        <source>memory CD4 T cells</source>
        <comment>within a sentence</comment>
        <translation>CD4-T-Gedächtniszellen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="24"/>
        <source>CD8 T cells</source>
        <comment>within a sentence</comment>
        <translation>CD8-T-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="25"/>
        <source>NK cells</source>
        <comment>within a sentence</comment>
        <translation>NK-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="37"/>
        <source>the scenario is not valid:
%1</source>
        <translation>das Szenario ist ungültig:
%1</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="42"/>
        <source>the output step must be a positive number of days</source>
        <translation>der Ausgabeschritt muss eine positive Anzahl Tage sein</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="46"/>
        <source>an output step of %1 days over %2 days gives more than %3 rows; choose a larger step</source>
        <translation>ein Ausgabeschritt von %1 Tagen über %2 Tage ergibt mehr als %3 Zeilen; bitte einen größeren Schritt wählen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="53"/>
        <source>the solver&apos;s tolerances must be positive</source>
        <translation>die Toleranzen des Lösers müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="57"/>
        <source>with these model parameters the source of %1 (thymus or conversion, scaled by age) exceeds their turnover, so untreated counts would drift upwards: lower the source or raise the death rate</source>
        <translation>mit diesen Modellparametern übersteigt die Quelle einer Untergruppe (%1; Thymus oder Umwandlung, nach Alter skaliert) ihren Umsatz, sodass die Zahlen ohne Behandlung nach oben driften würden: die Quelle senken oder die Sterberate erhöhen</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="65"/>
        <source>the solver needed more than %1 evaluations of the model by day %2; the patient&apos;s parameters make it too stiff to simulate</source>
        <translation>der Löser brauchte bis Tag %2 mehr als %1 Auswertungen des Modells; die Parameter des Patienten machen es zu steif für die Simulation</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="72"/>
        <source>internal error: the solver&apos;s step size fell to zero on day %1</source>
        <translation>interner Fehler: die Schrittweite des Lösers fiel an Tag %1 auf null</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="78"/>
        <source>internal error: state %1 became non-finite on day %2</source>
        <translation>interner Fehler: Zustand %1 wurde an Tag %2 nicht endlich</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="84"/>
        <source>the correlations of the cohort variation (iiv_corr_*) do not form a valid correlation matrix</source>
        <translation>die Korrelationen der Kohortenvariation (iiv_corr_*) bilden keine gültige Korrelationsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="89"/>
        <source>the cohort size must be between 1 and %1, not %2</source>
        <translation>die Kohortengröße muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="94"/>
        <source>not enough memory for %1 patients × %2 days</source>
        <translation>nicht genug Arbeitsspeicher für %1 Patienten × %2 Tage</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="48"/>
        <source>Lymphoscope is for exploration and education; it does not predict an individual patient&apos;s course.</source>
        <translation>Lymphoscope dient der Erkundung und Lehre; es sagt nicht den Verlauf eines einzelnen Patienten voraus.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="55"/>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="77"/>
        <source>Typical patient over %1 days (%2 years).</source>
        <translation>Typischer Patient über %1 Tage (%2 Jahre).</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="57"/>
        <source>Virtual cohort of %1 patients (seed %2) over %3 days: counts and months are medians across the patients (5th–95th percentile); probabilities are cohort means.</source>
        <translation>Virtuelle Kohorte von %1 Patienten (Startwert %2) über %3 Tage: Zellzahlen und Monate sind Mediane über die Patienten (5.–95. Perzentil); Wahrscheinlichkeiten sind Kohortenmittel.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="65"/>
        <source>Virtual patient %1 of the cohort of %2 (seed %3) over %4 days.</source>
        <translation>Virtueller Patient %1 der Kohorte von %2 (Startwert %3) über %4 Tage.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="72"/>
        <source>This patient (the scenario&apos;s own patient factors) over %1 days (%2 years).</source>
        <translation>Dieser Patient (die eigenen Patientenfaktoren des Szenarios) über %1 Tage (%2 Jahre).</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="95"/>
        <source>%1 by year %2</source>
        <translation>%1 bis Jahr %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="99"/>
        <source>%1 by day %2</source>
        <translation>%1 bis Tag %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="101"/>
        <source>P(≥1 relapse since day 0): %1</source>
        <translation>P(≥1 Schub seit Tag 0): %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="122"/>
        <source>ever binding-positive in %1 of the cohort</source>
        <translation>jemals bindend positiv bei %1 der Kohorte</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="124"/>
        <source>, neutralising in %1</source>
        <translation>, neutralisierend bei %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="127"/>
        <source>binding-positive from day %1</source>
        <translation>bindend positiv ab Tag %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="132"/>
        <source> to the end</source>
        <translation> bis zum Ende</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="134"/>
        <source> to day %1</source>
        <translation> bis Tag %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SummaryPrinter.cpp" line="136"/>
        <source> (%n separate periods)</source>
        <translation>
            <numerusform> (%n getrennter Zeitraum)</numerusform>
            <numerusform> (%n getrennte Zeiträume)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="138"/>
        <source>, neutralising from day %1</source>
        <translation>, neutralisierend ab Tag %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="140"/>
        <source>, never neutralising</source>
        <translation>, nie neutralisierend</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="142"/>
        <source>never binding-positive</source>
        <translation>nie bindend positiv</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="144"/>
        <source>ADA against %1: %2</source>
        <translation>ADA gegen %1: %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="151"/>
        <source>P(≥1 secondary autoimmune event) by day %1: %2</source>
        <translation>P(≥1 sekundäres Autoimmunereignis) bis Tag %1: %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="167"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="173"/>
        <source>Months with lymphocytes &lt; 500/µL: none</source>
        <translation>Monate mit Lymphozyten &lt; 500/µL: keine</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="175"/>
        <source>Months with lymphocytes &lt; 500/µL: %1</source>
        <translation>Monate mit Lymphozyten &lt; 500/µL: %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="178"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (one period)</source>
        <translation>Monate mit Lymphozyten &lt; 500/µL: %1 (ein Zeitraum)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="180"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (%2 separate periods)</source>
        <translation>Monate mit Lymphozyten &lt; 500/µL: %1 (%2 getrennte Zeiträume)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="185"/>
        <source>; &lt; 200/µL: %1</source>
        <translation>; &lt; 200/µL: %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="188"/>
        <source>Months with neutrophils &lt; 500/µL: %1</source>
        <translation>Monate mit Neutrophilen &lt; 500/µL: %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="194"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="198"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="202"/>
        <source>%1 (%2 patients)</source>
        <translation>%1 (%2 Patienten)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="207"/>
        <source>%1 (%2×%3 px)</source>
        <translation>%1 (%2×%3 px)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="214"/>
        <source>Wrote %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="115"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="116"/>
        <source>month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="117"/>
        <source>year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="93"/>
        <source>Time since day 0</source>
        <translation>Zeit seit Tag 0</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="334"/>
        <source>Drag a therapy from the palette onto the timeline</source>
        <translation>Ziehen Sie eine Therapie aus der Palette auf die Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TreatmentLabel</name>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="30"/>
        <source>Alemtuzumab</source>
        <translation>Alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="32"/>
        <source>Ocrelizumab</source>
        <translation>Ocrelizumab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="34"/>
        <source>Rituximab</source>
        <translation>Rituximab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="36"/>
        <source>Fingolimod</source>
        <translation>Fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="38"/>
        <source>aHSCT</source>
        <translation>aHSCT</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="47"/>
        <source>alemtuzumab</source>
        <comment>in running text</comment>
        <translation>Alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="49"/>
        <source>ocrelizumab</source>
        <comment>in running text</comment>
        <translation>Ocrelizumab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="51"/>
        <source>rituximab</source>
        <comment>in running text</comment>
        <translation>Rituximab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="53"/>
        <source>fingolimod</source>
        <comment>in running text</comment>
        <translation>Fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="63"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="65"/>
        <source>%1 (reinfusion)</source>
        <translation>%1 (Reinfusion)</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="81"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="97"/>
        <source>%1 × %2 mg</source>
        <translation>%1 × %2 mg</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="104"/>
        <source>%1 mg in %2 infusions</source>
        <translation>%1 mg in %2 Infusionen</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="120"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="121"/>
        <source>days %1–%2</source>
        <translation>Tage %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="127"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/ValidateCommand.cpp" line="12"/>
        <source>Check a scenario and list every problem with its place.</source>
        <translation>Ein Szenario prüfen und jedes Problem mit seiner Stelle auflisten.</translation>
    </message>
    <message>
        <location filename="../app/ValidateCommand.cpp" line="23"/>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
</context>
<context>
    <name>ValidationPlots</name>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="124"/>
        <source>typical patient</source>
        <translation>typischer Patient</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="125"/>
        <source>cohort median</source>
        <translation>Median der Kohorte</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="126"/>
        <source>cohort mean</source>
        <translation>Mittelwert der Kohorte</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="138"/>
        <source>model (%1)</source>
        <translation>Modell (%1)</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="157"/>
        <source>published (accepted interval)</source>
        <translation>veröffentlicht (akzeptiertes Intervall)</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="163"/>
        <source>months since day 0</source>
        <translation>Monate seit Tag 0</translation>
    </message>
</context>
<context>
    <name>lymph::Autosaver</name>
    <message>
        <location filename="../ui/Autosaver.cpp" line="179"/>
        <source>The autosave folder %1 cannot be created.</source>
        <translation>Der Ordner für die automatische Sicherung %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="185"/>
        <source>The autosave folder %1 cannot be written.</source>
        <translation>In den Ordner für die automatische Sicherung %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="191"/>
        <source>Autosave failed: something that is not a file is in the way in %1.</source>
        <translation>Automatisches Speichern fehlgeschlagen: in %1 steht etwas im Weg, das keine Datei ist.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="198"/>
        <location filename="../ui/Autosaver.cpp" line="212"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lymph::ComparisonPanel</name>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="64"/>
        <source>Pin the current plan, then change it or open another; double-click a name to change it.</source>
        <translation>Heften Sie den aktuellen Plan an, ändern Sie ihn dann oder öffnen Sie einen anderen; ein Doppelklick auf einen Namen ändert ihn.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="72"/>
        <source>Plans compared</source>
        <translation>Verglichene Pläne</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="81"/>
        <source>Pin current plan</source>
        <translation>Plan anheften</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="82"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="83"/>
        <source>Remove the chosen pinned plan</source>
        <translation>Den gewählten angehefteten Plan entfernen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="87"/>
        <source>Add “No further treatment”</source>
        <translation>+ „Keine weitere Behandlung“</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="88"/>
        <source>Compare with the current plan stopped before its last step</source>
        <translation>Mit dem aktuellen Plan vergleichen, der vor seinem letzten Schritt endet</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="92"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="106"/>
        <source>Outcomes of the plans in 100 people</source>
        <translation>Ergebnisse der Pläne bei 100 Menschen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="123"/>
        <source>Details for clinicians (typical patient)</source>
        <translation>Ärztliche Details (typischer Patient)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="324"/>
        <source>The plans part less than a year before one of them ends: no figures.</source>
        <translation>Die Pläne unterscheiden sich erst weniger als ein Jahr vor dem Ende eines von ihnen: keine Zahlen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="326"/>
        <source>A plan is simulated for less than a year: no figures.</source>
        <translation>Ein Plan ist für weniger als ein Jahr simuliert: keine Zahlen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="328"/>
        <source>People out of 100 %1 (the plans are the same until then), with the range in groups of 100:</source>
        <comment>%1: within 3 years from month 29</comment>
        <translation>Von 100 Menschen betroffen %1 (bis dahin sind die Pläne gleich), mit dem Bereich in Gruppen von 100:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="333"/>
        <source>People out of 100 %1, with the range in groups of 100:</source>
        <comment>%1: within 5 years</comment>
        <translation>Von 100 Menschen betroffen %1, mit dem Bereich in Gruppen von 100:</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="354"/>
        <source>Current − %1</source>
        <translation>Aktuell − %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="356"/>
        <source>Difference: %1 minus %2</source>
        <translation>Unterschied: %1 minus %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="362"/>
        <source>A possible harm of the plans</source>
        <translation>Ein möglicher Schaden der Pläne</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="363"/>
        <source>What the plans are meant to prevent</source>
        <translation>Was die Pläne verhindern sollen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="373"/>
        <source>Being computed from a virtual cohort</source>
        <translation>Wird aus einer virtuellen Kohorte berechnet</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="376"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="419"/>
        <source>The current plan (solid lines)</source>
        <translation>Der aktuelle Plan (durchgezogene Linien)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="425"/>
        <source>%1: %2 (marked %1 on the plots)</source>
        <translation>%1: %2 (in den Diagrammen mit %1 markiert)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="430"/>
        <source>At most %1 plans can be pinned.</source>
        <translation>Höchstens %1 Pläne können angeheftet werden.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="431"/>
        <source>Keep the current results for comparison.</source>
        <translation>Die aktuellen Ergebnisse zum Vergleich behalten.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="346"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
</context>
<context>
    <name>lymph::DockLayout</name>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="26"/>
        <source>Therapies</source>
        <translation>Therapien</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="28"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="30"/>
        <source>Selected treatment</source>
        <translation>Ausgewählte Behandlung</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="32"/>
        <source>Compare plans</source>
        <translation>Pläne vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="34"/>
        <source>Lab Results</source>
        <translation>Laborwerte</translation>
    </message>
</context>
<context>
    <name>lymph::EducationPlot</name>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="46"/>
        <source>Simplified plots for patients</source>
        <translation>Vereinfachte Diagramme für Patienten</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="197"/>
        <source>Immune cells in the blood (100 % = their usual level)</source>
        <translation>Immunzellen im Blut (100 % = ihr üblicher Wert)</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="197"/>
        <location filename="../ui/education/EducationPlot.cpp" line="230"/>
        <location filename="../ui/education/EducationPlot.cpp" line="241"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="203"/>
        <source>all immune cells (lymphocytes)</source>
        <translation>alle Immunzellen (Lymphozyten)</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="208"/>
        <source>lower limit of normal</source>
        <translation>untere Normgrenze</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="211"/>
        <source>CD4 T cells</source>
        <translation>CD4-T-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="212"/>
        <source>B cells</source>
        <translation>B-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="230"/>
        <source>Chance of at least one relapse</source>
        <translation>Wahrscheinlichkeit für mindestens einen Schub</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="235"/>
        <source>chance of a relapse so far</source>
        <translation>Wahrscheinlichkeit eines Schubs bis zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="241"/>
        <source>When to take extra care</source>
        <translation>Wann besondere Vorsicht nötig ist</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="250"/>
        <source>chance of a new autoimmune illness</source>
        <translation>Wahrscheinlichkeit einer neuen Autoimmunerkrankung</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="279"/>
        <source>infections more likely</source>
        <translation>Infektionen wahrscheinlicher</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="307"/>
        <source>Years from the start of the plan</source>
        <translation>Jahre seit Beginn des Plans</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="308"/>
        <source>Months from the start of the plan</source>
        <translation>Monate seit Beginn des Plans</translation>
    </message>
</context>
<context>
    <name>lymph::EducationView</name>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="52"/>
        <location filename="../ui/education/EducationView.cpp" line="248"/>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="54"/>
        <source>Play or pause the months</source>
        <translation>Monate abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="57"/>
        <source>Month being explained</source>
        <translation>Erklärter Monat</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="59"/>
        <source>Show cell types</source>
        <translation>Zelltypen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="102"/>
        <source>What the simulation shows, in plain words</source>
        <translation>Was die Simulation zeigt, in einfachen Worten</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="113"/>
        <source>A simulation for explaining and exploring, not a prediction for you: your own course can be different.</source>
        <translation>Eine Simulation zum Erklären und Erkunden, keine Vorhersage für Sie: Ihr eigener Verlauf kann anders sein.</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="207"/>
        <source>immune cells at %1 % of their usual level</source>
        <translation>Immunzellen bei %1 % ihres üblichen Werts</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="217"/>
        <source>chance of a relapse so far less than 1 in 100</source>
        <translation>Wahrscheinlichkeit eines Schubs bis jetzt: weniger als 1 von 100</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="218"/>
        <source>chance of a relapse so far about %1 in 100</source>
        <translation>Wahrscheinlichkeit eines Schubs bis jetzt: etwa %1 von 100</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="224"/>
        <source>infections more likely now</source>
        <translation>Infektionen jetzt wahrscheinlicher</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="228"/>
        <source>Month %1: %2.</source>
        <translation>Monat %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="230"/>
        <source>; </source>
        <comment>between the month&apos;s facts (French writes a space before it)</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="241"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="283"/>
        <source>Press Play to walk through the months, or drag the slider.</source>
        <translation>Drücken Sie auf „Abspielen“, um die Monate durchzugehen, oder ziehen Sie den Schieberegler.</translation>
    </message>
</context>
<context>
    <name>lymph::IconArray</name>
    <message>
        <location filename="../ui/decision/IconArray.cpp" line="18"/>
        <source>%1 of 100 figures filled</source>
        <translation>%1 von 100 Figuren ausgefüllt</translation>
    </message>
</context>
<context>
    <name>lymph::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>For exploration and education — not a clinical prediction.</source>
        <translation>Zur Erkundung und Lehre — keine klinische Vorhersage.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source> Not autosaved: unsaved work has no safety copy (retrying) </source>
        <translation> Nicht automatisch gesichert: ungespeicherte Arbeit hat keine Sicherheitskopie (neuer Versuch folgt) </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>Preview: cohort of %1 patients; the full cohort follows when you pause</source>
        <translation>Vorschau: Kohorte von %1 Patienten; die vollständige Kohorte folgt, wenn Sie innehalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="465"/>
        <source>Virtual cohort of %1 patients: medians with 5–95 % bands</source>
        <translation>Virtuelle Kohorte von %1 Patienten: Mediane mit 5–95-%-Bändern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>Day %1 · month %2 · year %3</source>
        <translation>Tag %1 · Monat %2 · Jahr %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>About Lymphoscope</source>
        <translation>Über Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&lt;p&gt;&lt;b&gt;Lymphoscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explore simulated blood lymphocytes, drug levels, anti-drug antibodies and relapse risk after alemtuzumab and the therapies that may follow it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For exploration and education, not a clinical prediction.&lt;/b&gt; The model is calibrated to published group averages; it does not know your patient.&lt;/p&gt;&lt;p&gt;Every model number and its source: Help → Model Parameters and Sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lymphoscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erkunden Sie simulierte Blutlymphozyten, Arzneimittelspiegel, Anti-Drug-Antikörper und das Schubrisiko nach Alemtuzumab und den Therapien, die darauf folgen können.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zur Erkundung und Lehre, keine klinische Vorhersage.&lt;/b&gt; Das Modell ist auf publizierte Gruppenmittelwerte kalibriert; es kennt Ihren Patienten nicht.&lt;/p&gt;&lt;p&gt;Jeder Modellwert und seine Quelle: Hilfe → Modellparameter und Quellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>%1[*] — Lymphoscope</source>
        <translation>%1[*] — Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468"/>
        <source>Simulation up to date</source>
        <translation>Simulation aktuell</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>The simulation could not run:
%1</source>
        <translation>Die Simulation konnte nicht ausgeführt werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Simulation failed</source>
        <translation>Simulation fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>lymph::MeasurementsPanel</name>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Quantity</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="72"/>
        <source>The patient&apos;s lab results</source>
        <translation>Die Laborwerte des Patienten</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="76"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="77"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="78"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="79"/>
        <source>Add a result after the last one</source>
        <translation>Einen Wert nach dem letzten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="80"/>
        <source>Paste rows of day, quantity and value from a spreadsheet</source>
        <translation>Zeilen mit Tag, Messgröße und Wert aus einer Tabellenkalkulation einfügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="86"/>
        <source>Personalise: fit the model to these results</source>
        <translation>Personalisieren: Modell an Werte anpassen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="87"/>
        <source>Shows the forecast fitted to the patient&apos;s results, with its 90% credible bands, beside the population&apos;s curves</source>
        <translation>Zeigt die an die Werte des Patienten angepasste Vorhersage mit ihren 90-%-Glaubwürdigkeitsbändern neben den Kurven der Population</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="166"/>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="176"/>
        <source>Edit Lab Result</source>
        <translation>Laborwert bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="189"/>
        <source>Add Lab Result</source>
        <translation>Laborwert hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="205"/>
        <source>Delete Lab Results</source>
        <translation>Laborwerte löschen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="226"/>
        <source>Paste Lab Results</source>
        <translation>Laborwerte einfügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="232"/>
        <source>Fitted to %n result(s) (population as the prior).</source>
        <translation>
            <numerusform>Angepasst an %n Wert (Population als Prior).</numerusform>
            <numerusform>Angepasst an %n Werte (Population als Prior).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="236"/>
        <source>%1 %2 (90%: %3–%4)</source>
        <translation>%1 %2 (90 %: %3–%4)</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="242"/>
        <source>Moved by the results: %1</source>
        <translation>Durch die Werte verändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="244"/>
        <source>Not informed by them: %1</source>
        <translation>Von ihnen nicht bestimmt: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="248"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="253"/>
        <source>Residuals (RMS, about 1 expected): %1</source>
        <translation>Residuen (RMS, etwa 1 erwartet): %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="259"/>
        <source>No personalised forecast: %1</source>
        <translation>Keine personalisierte Vorhersage: %1</translation>
    </message>
</context>
<context>
    <name>lymph::OutcomeIconArrays</name>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="49"/>
        <source>In 100 people like you</source>
        <translation>Bei 100 Menschen wie Ihnen</translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="64"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="68"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;being computed…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;wird berechnet…</translation>
    </message>
</context>
<context>
    <name>lymph::OutcomeTable</name>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="26"/>
        <source>Outcome figures</source>
        <translation>Ergebniskennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="55"/>
        <source>P(relapse) by 2 years</source>
        <translation>P(Schub) in 2 Jahren</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="56"/>
        <source>P(relapse) by 5 years</source>
        <translation>P(Schub) in 5 Jahren</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="57"/>
        <source>Months CD4 &lt; LLN</source>
        <translation>Monate CD4 unter Normwert</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="58"/>
        <source>Months lymphocytes &lt; LLN</source>
        <translation>Monate Lymphozyten unter Normwert</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="59"/>
        <source>Peak ADA titre</source>
        <translation>ADA-Spitzentiter</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="60"/>
        <source>P(autoimmunity) by 6 years</source>
        <translation>P(Autoimmunität) in 6 Jahren</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="69"/>
        <source>Chance of a relapse within 2 years</source>
        <translation>Wahrscheinlichkeit eines Schubs innerhalb von 2 Jahren</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="70"/>
        <source>Chance of a relapse within 5 years</source>
        <translation>Wahrscheinlichkeit eines Schubs innerhalb von 5 Jahren</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="71"/>
        <source>Months with CD4 T cells below normal</source>
        <translation>Monate mit CD4-T-Zellen unter der Norm</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="72"/>
        <source>Months with immune cells below normal</source>
        <translation>Monate mit Immunzellen unter der Norm</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="73"/>
        <source>Highest level of antibodies against the drug</source>
        <translation>Höchster Wert der Antikörper gegen das Medikament</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="74"/>
        <source>Chance of a new autoimmune illness within 6 years</source>
        <translation>Wahrscheinlichkeit einer neuen Autoimmunerkrankung innerhalb von 6 Jahren</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="32"/>
        <source>Months with CD4 T cells below the lower limit of normal (%1/µL)</source>
        <translation>Monate mit CD4-T-Zellen unter der unteren Normgrenze (%1/µL)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="35"/>
        <source>Months with total lymphocytes below the lower limit of normal (%1/µL)</source>
        <translation>Monate mit Gesamtlymphozyten unter der unteren Normgrenze (%1/µL)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="38"/>
        <source>Highest anti-drug antibody titre against any of the scenario&apos;s antibody drugs (positive from %1)</source>
        <translation>Höchster Titer von Anti-Drug-Antikörpern gegen eines der Antikörper-Medikamente im Szenario (positiv ab %1)</translation>
    </message>
</context>
<context>
    <name>lymph::ParameterSourcesDialog</name>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="17"/>
        <source>Model parameters and sources</source>
        <translation>Modellparameter und Quellen</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="22"/>
        <source>Every number the simulation uses, with its unit and where it comes from. “fitted (T#)” names the calibration target in the model documentation it was fitted to; “assumption” marks a value chosen without a direct source.</source>
        <translation>Jeder Wert, den die Simulation verwendet, mit seiner Einheit und seiner Herkunft. „fitted (T#)“ nennt das Kalibrierungsziel in der Modelldokumentation, an das der Wert angepasst wurde; „assumption“ kennzeichnet einen Wert, der ohne direkte Quelle gewählt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="29"/>
        <source>Filter by name, source or note…</source>
        <translation>Nach Name, Quelle oder Anmerkung filtern…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="31"/>
        <source>Filter parameters</source>
        <translation>Parameter filtern</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Allowed range</source>
        <translation>Zulässiger Bereich</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>lymph::PatientPanel</name>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="50"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="50"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="51"/>
        <source>Body weight; scales antibody volumes of distribution.</source>
        <translation>Körpergewicht; skaliert die Verteilungsvolumina der Antikörper.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="52"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="52"/>
        <location filename="../ui/panels/PatientPanel.cpp" line="79"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="53"/>
        <source>Age; lowers thymic output and T-cell recovery.</source>
        <translation>Alter; vermindert die Thymusfunktion und die T-Zell-Rekonstitution.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="54"/>
        <source>Untreated relapses</source>
        <translation>Schübe ohne Therapie</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="55"/>
        <source> per year</source>
        <translation> pro Jahr</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="56"/>
        <source>Annual relapse rate without treatment, as in the placebo arms of trials.</source>
        <translation>Jährliche Schubrate ohne Behandlung, wie in den Placeboarmen der Studien.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="100"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="127"/>
        <source>Not changed: %1 %2%3 is outside %4 to %5%3.</source>
        <translation>Nicht geändert: %1 %2%3 liegt außerhalb von %4 bis %5%3.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="57"/>
        <source>ADA propensity</source>
        <translation>ADA-Neigung</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="59"/>
        <source>Multiplies the typical anti-drug antibody response: 0 never forms ADA, 1 is typical, 3 a strong responder.</source>
        <translation>Multipliziert die typische Anti-Drug-Antikörper-Antwort: 0 bildet nie ADA, 1 ist typisch, 3 ein starker Responder.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="84"/>
        <source>How long to simulate from day 0.</source>
        <translation>Wie lange ab Tag 0 simuliert wird.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="82"/>
        <location filename="../ui/panels/PatientPanel.cpp" line="85"/>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="86"/>
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
</context>
<context>
    <name>lymph::PlotStackWidget</name>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="47"/>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="120"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="125"/>
        <source>population</source>
        <translation>Population</translation>
    </message>
</context>
<context>
    <name>lymph::ResultPlot</name>
    <message>
        <location filename="../ui/plot/ResultPlot.cpp" line="33"/>
        <source>Result plots</source>
        <translation>Ergebnisdiagramme</translation>
    </message>
    <message>
        <location filename="../ui/plot/ResultPlot.cpp" line="34"/>
        <source>Drug levels, lymphocyte subsets, anti-drug antibodies, relapse and autoimmunity over time. The status bar and the comparison table give the figures in words.</source>
        <translation>Medikamentenspiegel, Lymphozyten-Subpopulationen, Anti-Drug-Antikörper, Schübe und Autoimmunität im Zeitverlauf. Statusleiste und Vergleichstabelle nennen die Werte in Worten.</translation>
    </message>
</context>
<context>
    <name>lymph::SampledPatientRunner</name>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="31"/>
        <source>never forms ADA</source>
        <translation>bildet nie ADA</translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="32"/>
        <source>strong ADA responder</source>
        <translation>starker ADA-Bildner</translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="33"/>
        <source>typical ADA response</source>
        <translation>typische ADA-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="34"/>
        <source>patient %1 of the cohort (%2)</source>
        <translation>Patient %1 der Kohorte (%2)</translation>
    </message>
</context>
<context>
    <name>lymph::ScheduleDocument</name>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="42"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="98"/>
        <source>%1: the scenario could not be read</source>
        <translation>%1: das Szenario konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="119"/>
        <source>The scenario has no file yet; choose one with Save As.</source>
        <translation>Das Szenario hat noch keine Datei; wählen Sie eine mit „Speichern unter“.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="129"/>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="186"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="187"/>
        <source>Not saved: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Nicht gespeichert: %1 (und %n weiteres Problem)</numerusform>
            <numerusform>Nicht gespeichert: %1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="264"/>
        <location filename="../ui/ScheduleDocument.cpp" line="437"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="299"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="310"/>
        <location filename="../ui/ScheduleDocument.cpp" line="323"/>
        <source>Move %n treatment(s)</source>
        <translation>
            <numerusform>%n Behandlung verschieben</numerusform>
            <numerusform>%n Behandlungen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="338"/>
        <source>Delete %n treatment(s)</source>
        <translation>
            <numerusform>%n Behandlung löschen</numerusform>
            <numerusform>%n Behandlungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="352"/>
        <source>Not duplicated: there is no room for a copy of %1 before the end of the simulated time.</source>
        <translation>Nicht dupliziert: Vor dem Ende der simulierten Zeit ist kein Platz für eine Kopie von %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="359"/>
        <source>Duplicate %n treatment(s)</source>
        <translation>
            <numerusform>%n Behandlung duplizieren</numerusform>
            <numerusform>%n Behandlungen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="369"/>
        <source>Only an antibody course with several infusions can be split.</source>
        <translation>Nur ein Antikörperzyklus mit mehreren Infusionen kann aufgeteilt werden.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="371"/>
        <source>Split into single infusions</source>
        <translation>In Einzelinfusionen aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="384"/>
        <source>Change the end of %1</source>
        <translation>Ende von %1 ändern</translation>
    </message>
</context>
<context>
    <name>lymph::TherapyPalette</name>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="18"/>
        <source>Therapy palette</source>
        <translation>Therapiepalette</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="32"/>
        <source>%1
Drag onto the timeline, or press Enter to add it after the last treatment.
Source: %2</source>
        <translation>%1
Auf die Zeitleiste ziehen oder die Eingabetaste drücken, um sie nach der letzten Behandlung hinzuzufügen.
Quelle: %2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="52"/>
        <source>Alemtuzumab, course 1</source>
        <translation>Alemtuzumab, 1. Zyklus</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="53"/>
        <source>Alemtuzumab, later course</source>
        <translation>Alemtuzumab, weiterer Zyklus</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="54"/>
        <source>Ocrelizumab, start</source>
        <translation>Ocrelizumab, Initialdosis</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="55"/>
        <source>Ocrelizumab, maintenance dose</source>
        <translation>Ocrelizumab, Erhaltungsdosis</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="56"/>
        <source>Rituximab</source>
        <translation>Rituximab</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="57"/>
        <source>Fingolimod period</source>
        <translation>Fingolimod-Phase</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="58"/>
        <source>aHSCT, BEAM-ATG</source>
        <translation>aHSCT, BEAM-ATG</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="59"/>
        <source>aHSCT, Cy-ATG</source>
        <translation>aHSCT, Cy-ATG</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="71"/>
        <source>%1 mg daily for %n day(s)</source>
        <translation>
            <numerusform>%1 mg täglich über %n Tag</numerusform>
            <numerusform>%1 mg täglich über %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="75"/>
        <source>%n conditioning day(s), then reinfusion</source>
        <translation>
            <numerusform>%n Konditionierungstag, dann Reinfusion</numerusform>
            <numerusform>%n Konditionierungstage, dann Reinfusion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="85"/>
        <source>%1 mg once</source>
        <translation>%1 mg einmalig</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="89"/>
        <source>%1 mg a day for %n day(s)</source>
        <translation>
            <numerusform>%1 mg/Tag über %n Tag</numerusform>
            <numerusform>%1 mg/Tag über %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="91"/>
        <source>%1 mg on days %2</source>
        <translation>%1 mg an den Tagen %2</translation>
    </message>
</context>
<context>
    <name>lymph::TimelineBar</name>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="52"/>
        <source>Treatment timeline</source>
        <translation>Behandlungszeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="56"/>
        <source>Drag therapies from the palette onto the timeline; drag blocks to move them, their right edge to change a period&apos;s end.</source>
        <translation>Ziehen Sie Therapien aus der Palette auf die Zeitleiste; ziehen Sie Blöcke, um sie zu verschieben, und ihren rechten Rand, um das Ende eines Zeitraums zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="60"/>
        <source>Snap to</source>
        <translation>Einrasten an</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="62"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="63"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="64"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="65"/>
        <source>Where dragged treatments land. Hold Shift while dragging for no snapping.</source>
        <translation>Wo gezogene Behandlungen landen. Halten Sie beim Ziehen die Umschalttaste gedrückt, um ohne Einrasten zu verschieben.</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="67"/>
        <source>Snap dragged treatments to</source>
        <translation>Gezogene Behandlungen einrasten an</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="78"/>
        <source>Typical patient</source>
        <translation>Typischer Patient</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="80"/>
        <source>Cohort: %1</source>
        <comment>a virtual cohort of 1,000 patients</comment>
        <translation>Kohorte: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="83"/>
        <source>A virtual cohort shows how differently patients respond: medians with 5–95 % bands. While you drag, a quick preview of %1 patients is shown first.</source>
        <translation>Eine virtuelle Kohorte zeigt, wie unterschiedlich Patienten ansprechen: Mediane mit 5–95-%-Bändern. Während Sie ziehen, wird zuerst eine schnelle Vorschau mit %1 Patienten gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="87"/>
        <source>Simulate the typical patient or a virtual cohort</source>
        <translation>Den typischen Patienten oder eine virtuelle Kohorte simulieren</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="93"/>
        <source>Show a Patient</source>
        <translation>Einen Patienten zeigen</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="94"/>
        <source>Draw one virtual patient of the cohort over its medians; press again for another.</source>
        <translation>Zeichnet einen virtuellen Patienten der Kohorte über die Mediane; erneut drücken für einen anderen.</translation>
    </message>
</context>
<context>
    <name>lymph::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="32"/>
        <source>Treatment timeline</source>
        <translation>Behandlungszeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="34"/>
        <source>One lane per therapy. Arrow keys move the selected treatments by a day (with Shift by a week), Alt+arrow selects the previous or next treatment, Delete removes, Ctrl+D duplicates, Ctrl+A selects all, plus and minus zoom.</source>
        <translation>Eine Spur pro Therapie. Die Pfeiltasten verschieben die ausgewählten Behandlungen um einen Tag (mit Umschalt um eine Woche), Alt+Pfeil wählt die vorherige oder nächste Behandlung, Entf löscht, Ctrl+D dupliziert, Ctrl+A wählt alle aus, Plus und Minus zoomen.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="171"/>
        <source>Treatment timeline, nothing selected</source>
        <translation>Behandlungszeitleiste, nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="172"/>
        <source>Treatment timeline, selected: %1</source>
        <translation>Behandlungszeitleiste, ausgewählt: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="261"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="262"/>
        <source>&amp;Split into single infusions</source>
        <translation>In Einzelinfusionen &amp;aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="267"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="270"/>
        <source>Show the &amp;whole simulated time</source>
        <translation>&amp;Gesamte simulierte Zeit anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="293"/>
        <source>Days: %1</source>
        <translation>Tage: %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="294"/>
        <source>Drag to move (Shift: no snapping).</source>
        <translation>Zum Verschieben ziehen (Umschalt: ohne Einrasten).</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="296"/>
        <source>Drag the right edge to change the end.</source>
        <translation>Den rechten Rand ziehen, um das Ende zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="298"/>
        <source>Right-click to split into single infusions.</source>
        <translation>Rechtsklick zum Aufteilen in Einzelinfusionen.</translation>
    </message>
</context>
<context>
    <name>lymph::TreatmentInspector</name>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="106"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="106"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="107"/>
        <source>Infusions</source>
        <translation>Infusionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="114"/>
        <source>Add infusion</source>
        <translation>Infusion hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="115"/>
        <source>Remove infusion</source>
        <translation>Infusion entfernen</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="133"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="134"/>
        <source>Stop day</source>
        <translation>Absetztag</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="135"/>
        <source>Dose (mg/day)</source>
        <translation>Dosis (mg/Tag)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="136"/>
        <source>First day of fingolimod</source>
        <translation>Erster Fingolimod-Tag</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="137"/>
        <source>Stop day of fingolimod</source>
        <translation>Fingolimod-Absetztag</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="138"/>
        <source>Fingolimod dose in mg per day</source>
        <translation>Fingolimod-Dosis in mg pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="156"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="158"/>
        <source>Conditioning regimen</source>
        <translation>Konditionierungsschema</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="157"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="159"/>
        <source>Stem-cell reinfusion day</source>
        <translation>Tag der Stammzellreinfusion</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="211"/>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/TreatmentInspector.cpp" line="215"/>
        <source>%n treatment(s) selected. Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n Behandlung ausgewählt. Die Pfeiltasten verschieben sie; Entf löscht sie.</numerusform>
            <numerusform>%n Behandlungen ausgewählt. Die Pfeiltasten verschieben sie gemeinsam; Entf löscht sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="218"/>
        <source>Select a treatment on the timeline to edit its days and doses, or drag a therapy from the palette onto the timeline.</source>
        <translation>Wählen Sie eine Behandlung auf der Zeitleiste aus, um ihre Tage und Dosen zu bearbeiten, oder ziehen Sie eine Therapie aus der Palette auf die Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="291"/>
        <source>Infusion %1, day: “%2” is not a number</source>
        <translation>Infusion %1, Tag: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="292"/>
        <source>Infusion %1, dose: “%2” is not a number</source>
        <translation>Infusion %1, Dosis: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="324"/>
        <source>Nothing is applied until every marked value is corrected; the plan keeps its last valid schedule.</source>
        <translation>Nichts wird übernommen, bis jeder markierte Wert korrigiert ist; der Plan behält seinen letzten gültigen Ablauf.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="344"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="362"/>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>lymph::WindowFiles</name>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="47"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="76"/>
        <source>The scenario could not be opened:
%1</source>
        <translation>Das Szenario konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="95"/>
        <location filename="../ui/WindowFiles.cpp" line="101"/>
        <location filename="../ui/WindowFiles.cpp" line="133"/>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="96"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;JSON files (*.json);;All files (*)</source>
        <translation>Lymphoscope-Szenarien (*.lymphoscope.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="111"/>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="112"/>
        <source>The example could not be opened:
%1</source>
        <translation>Das Beispiel konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="121"/>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="142"/>
        <location filename="../ui/WindowFiles.cpp" line="158"/>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="143"/>
        <source>The scenario could not be saved:
%1</source>
        <translation>Das Szenario konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="147"/>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="159"/>
        <source>“%1” was changed on disk after you opened it (at %2), by another window or program.</source>
        <translation>„%1“ wurde nach dem Öffnen auf der Festplatte geändert (am %2), von einem anderen Fenster oder Programm.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="165"/>
        <source>Save your plan under another name to keep both, or replace the file on disk.</source>
        <translation>Speichern Sie Ihren Plan unter einem anderen Namen, um beide zu behalten, oder ersetzen Sie die Datei auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="166"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="168"/>
        <source>&amp;Replace the File</source>
        <translation>Datei &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="192"/>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="193"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;All files (*)</source>
        <translation>Lymphoscope-Szenarien (*.lymphoscope.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="206"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="207"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="220"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="221"/>
        <location filename="../ui/WindowFiles.cpp" line="267"/>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="222"/>
        <source>Lymphoscope did not close normally. Unsaved changes to “%1” were kept.</source>
        <translation>Lymphoscope wurde nicht normal beendet. Ungespeicherte Änderungen an „%1“ wurden aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="228"/>
        <source>A new plan that was never saved to a file.</source>
        <translation>Ein neuer Plan, der nie in eine Datei gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="229"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="230"/>
        <source>Changes kept at: %1</source>
        <translation>Änderungen gesichert am: %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="233"/>
        <source>File last saved at: %1</source>
        <translation>Datei zuletzt gespeichert am: %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="238"/>
        <source>The file was saved again after these changes were made. Restore them as a copy to keep both; restoring them over the file would replace the newer file when you save.</source>
        <translation>Die Datei wurde nach diesen Änderungen erneut gespeichert. Stellen Sie sie als Kopie wieder her, um beides zu behalten; über die Datei wiederhergestellt würden sie beim Speichern die neuere Datei ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="243"/>
        <source>Restore them? They open as unsaved changes; the file on disk is not changed until you save.</source>
        <translation>Möchten Sie sie wiederherstellen? Sie werden als ungespeicherte Änderungen geöffnet; die Datei auf dem Datenträger bleibt unverändert, bis Sie speichern.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="248"/>
        <source>Restore as a &amp;Copy</source>
        <translation>Als &amp;Kopie wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="251"/>
        <source>Restore over the &amp;File</source>
        <translation>Über die &amp;Datei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="251"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="253"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="254"/>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="268"/>
        <source>The work could not be restored:
%1</source>
        <translation>Die Arbeit konnte nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="279"/>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="301"/>
        <source>the open scenario</source>
        <translation>das geöffnete Szenario</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="316"/>
        <location filename="../ui/WindowFiles.cpp" line="346"/>
        <location filename="../ui/WindowFiles.cpp" line="421"/>
        <location filename="../ui/WindowFiles.cpp" line="435"/>
        <source>There are no results to export yet.</source>
        <translation>Es gibt noch keine Ergebnisse zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="332"/>
        <source>unknown image type “.%1”: use .png, .svg or .pdf</source>
        <translation>unbekannter Bildtyp „.%1“: verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="372"/>
        <source>Counting the outcomes in 1,000 virtual patients for the handout…</source>
        <translation>Die Ergebnisse in 1.000 virtuellen Patienten werden für das Merkblatt gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="372"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="445"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="446"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="447"/>
        <location filename="../ui/WindowFiles.cpp" line="466"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="448"/>
        <location filename="../ui/WindowFiles.cpp" line="456"/>
        <source>Export Plots</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="457"/>
        <source>The plots could not be exported:
%1</source>
        <translation>Die Diagramme konnten nicht exportiert werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="459"/>
        <location filename="../ui/WindowFiles.cpp" line="478"/>
        <location filename="../ui/WindowFiles.cpp" line="493"/>
        <source>Exported %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="464"/>
        <location filename="../ui/WindowFiles.cpp" line="474"/>
        <source>Export Patient Handout</source>
        <translation>Patientenmerkblatt exportieren</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="475"/>
        <source>The handout could not be written:
%1</source>
        <translation>Das Merkblatt konnte nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="483"/>
        <location filename="../ui/WindowFiles.cpp" line="490"/>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="485"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="491"/>
        <source>The results could not be exported:
%1</source>
        <translation>Die Ergebnisse konnten nicht exportiert werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="504"/>
        <location filename="../ui/WindowFiles.cpp" line="517"/>
        <source>Print Patient Handout</source>
        <translation>Patientenmerkblatt drucken</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="518"/>
        <source>The handout could not be printed:
%1</source>
        <translation>Das Merkblatt konnte nicht gedruckt werden:
%1</translation>
    </message>
</context>
<context>
    <name>lymph::WindowMenus</name>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="29"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="30"/>
        <source>Model &amp;Parameters and Sources…</source>
        <translation>Modell&amp;parameter und Quellen…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="32"/>
        <source>&amp;About Lymphoscope</source>
        <translation>Ü&amp;ber Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="39"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="45"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="46"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="48"/>
        <source>Open E&amp;xample</source>
        <translation>Beispie&amp;l öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="57"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="58"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="59"/>
        <source>Plots as &amp;PNG Image…</source>
        <translation>Diagramme als &amp;PNG-Bild…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="61"/>
        <source>Plots as &amp;SVG Drawing…</source>
        <translation>Diagramme als &amp;SVG-Grafik…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="63"/>
        <source>Plots as P&amp;DF…</source>
        <translation>Diagramme als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="65"/>
        <source>Results as &amp;CSV Table…</source>
        <translation>Ergebnisse als &amp;CSV-Tabelle…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="67"/>
        <source>Patient &amp;Handout as PDF…</source>
        <translation>Patienten&amp;merkblatt als PDF…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="69"/>
        <source>&amp;Print Patient Handout…</source>
        <translation>Patientenmerkblatt &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="83"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="104"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="104"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="106"/>
        <source>S&amp;plit into Single Infusions</source>
        <translation>In Einzelinfusionen &amp;aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="110"/>
        <source>Select &amp;All Treatments</source>
        <translation>Alle &amp;Behandlungen auswählen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="113"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="124"/>
        <source>&amp;Education View</source>
        <translation>&amp;Aufklärungsansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="126"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="127"/>
        <source>Large, simple pictures and plain words for explaining a plan to a patient</source>
        <translation>Große, einfache Bilder und verständliche Worte, um einem Patienten einen Plan zu erklären</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="139"/>
        <source>&amp;Fit All Panels</source>
        <translation>&amp;Bereiche einpassen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="141"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="142"/>
        <source>Every plot panel in the window&apos;s height, without scrolling</source>
        <translation>Alle Diagrammbereiche in der Fensterhöhe, ohne Scrollen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="145"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="147"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="149"/>
        <source>Show the &amp;Whole Simulated Time</source>
        <translation>&amp;Gesamte simulierte Zeit anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="151"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="154"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="172"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="190"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="197"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="201"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>lymphoscope</name>
    <message>
        <location filename="../app/gui_main.cpp" line="93"/>
        <source>Lymphoscope: explore blood counts after multiple-sclerosis therapies. For exploration and education, not a clinical prediction.</source>
        <translation>Lymphoscope: Blutwerte nach Therapien der Multiplen Sklerose erkunden. Zur Erkundung und Lehre, keine klinische Vorhersage.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="100"/>
        <source>A .lymphoscope.json file or the name of a built-in example (default: %1).</source>
        <translation>Eine .lymphoscope.json-Datei oder der Name eines eingebauten Beispiels (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="66"/>
        <source>Save a PNG of the window once the simulation has finished, then exit.</source>
        <translation>Speichert nach Abschluss der Simulation ein PNG des Fensters und beendet dann das Programm.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="69"/>
        <source>Window size in pixels (default 1366x768).</source>
        <translation>Fenstergröße in Pixeln (Standard 1366x768).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="72"/>
        <source>Window theme: system, light or dark.</source>
        <translation>Farbschema des Fensters: system, light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="75"/>
        <source>Simulate this scenario first and keep it for comparison (up to three times).</source>
        <translation>Simuliert zuerst dieses Szenario und behält es zum Vergleich (bis zu dreimal).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="78"/>
        <source>Select the N-th treatment (from 1) on the timeline.</source>
        <translation>Wählt die N-te Behandlung (ab 1) auf der Zeitleiste aus.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="81"/>
        <source>Start in the education view (large, simple pictures and plain words for patients).</source>
        <translation>Startet in der Aufklärungsansicht (große, einfache Bilder und verständliche Worte für Patienten).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="84"/>
        <source>In the education view, explain month M.</source>
        <translation>Erklärt in der Aufklärungsansicht den Monat M.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="87"/>
        <source>Simulate a virtual cohort of N patients (50, 200 or 1000) instead of the typical patient.</source>
        <translation>Simuliert eine virtuelle Kohorte von N Patienten (50, 200 oder 1000) statt des typischen Patienten.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="139"/>
        <source>lymphoscope: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session; for --screenshot runs without one, set QT_QPA_PLATFORM=offscreen. lymphoscope-cli runs without a window.</source>
        <translation>lymphoscope: keine Anzeige, auf der sich ein Fenster öffnen ließe (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie das Programm in einer Desktop-Sitzung; für --screenshot-Läufe ohne Anzeige setzen Sie QT_QPA_PLATFORM=offscreen. lymphoscope-cli läuft ohne Fenster.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="174"/>
        <source>Expected at most one scenario, got %1.</source>
        <translation>Höchstens ein Szenario erwartet, erhalten: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="181"/>
        <source>--size: expected WxH in pixels, e.g. 1920x1080 (400x300 to 8000x8000), got &quot;%1&quot;.</source>
        <translation>--size: erwartet wird BxH in Pixeln, z. B. 1920x1080 (400x300 bis 8000x8000), erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="190"/>
        <source>--screenshot: a file name is required.</source>
        <translation>--screenshot: ein Dateiname ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="199"/>
        <source>--theme: expected system, light or dark, got &quot;%1&quot;.</source>
        <translation>--theme: erwartet wird system, light oder dark, erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="207"/>
        <source>--pin: at most %1 scenarios can be kept for comparison.</source>
        <translation>--pin: es können höchstens %1 Szenarien zum Vergleich behalten werden.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="217"/>
        <source>--select: expected a treatment number from 1, got &quot;%1&quot;.</source>
        <translation>--select: erwartet wird eine Behandlungsnummer ab 1, erhalten: „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui_main.cpp" line="276"/>
        <source>--select: the scenario has only %n treatment(s).</source>
        <translation>
            <numerusform>--select: Das Szenario hat nur %n Behandlung.</numerusform>
            <numerusform>--select: Das Szenario hat nur %n Behandlungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="301"/>
        <source>--cohort: expected 50, 200 or 1000, got &quot;%1&quot;.</source>
        <translation>--cohort: erwartet wird 50, 200 oder 1000, erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="309"/>
        <source>--month: only with --education, where the month is explained.</source>
        <translation>--month: nur mit --education, wo der Monat erklärt wird.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="317"/>
        <source>--month: expected a month from 0, got &quot;%1&quot;.</source>
        <translation>--month: erwartet wird ein Monat ab 0, erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="342"/>
        <source>--screenshot: could not draw the window.</source>
        <translation>--screenshot: das Fenster konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="372"/>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="373"/>
        <source>The scenario could not be opened:
%1</source>
        <translation>Das Szenario konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="362"/>
        <source>--screenshot: the simulation did not finish in time.</source>
        <translation>--screenshot: die Simulation wurde nicht rechtzeitig fertig.</translation>
    </message>
</context>
</TS>
