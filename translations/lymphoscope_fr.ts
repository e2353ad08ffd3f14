<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BloodCountTable</name>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="31"/>
        <source>year 1</source>
        <translation>année 1</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="33"/>
        <source>year 2</source>
        <translation>année 2</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="36"/>
        <source>day %1 (end)</source>
        <translation>jour %1 (fin)</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="41"/>
        <source>Lymphocytes</source>
        <translation>Lymphocytes</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="42"/>
        <source>CD4 T cells</source>
        <translation>Lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="43"/>
        <source>CD19 B cells</source>
        <translation>Lymphocytes B CD19</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="44"/>
        <source>Blood counts (cells/µL)</source>
        <translation>Numérations sanguines (cellules/µL)</translation>
    </message>
</context>
<context>
    <name>CalibrationCommand</name>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="39"/>
        <source>Run the published figures the model is checked against and report, per figure, the published value and uncertainty, the model&apos;s value and pass or fail.</source>
        <translation>Exécute les chiffres publiés auxquels le modèle est confronté et indique, pour chacun, la valeur publiée et son incertitude, la valeur du modèle et le résultat.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="42"/>
        <source>The target set&apos;s folder (default: the source tree&apos;s resources/calibration).</source>
        <translation>Le dossier des valeurs cibles (par défaut : resources/calibration des sources).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="45"/>
        <source>Every result as JSON on standard output.</source>
        <translation>Tous les résultats en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="46"/>
        <source>Write the validation report (docs/validation.md) to FILE.</source>
        <translation>Écrit le rapport de validation (docs/validation.md) dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="48"/>
        <source>With --markdown: write the model-against-publication plots to DIR.</source>
        <translation>Avec --markdown : écrit les graphiques modèle contre publication dans DOSSIER.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="50"/>
        <source>Cohorts a quarter of their size (a quick look; pass or fail may differ).</source>
        <translation>Cohortes au quart de leur taille (un aperçu rapide ; le résultat peut différer).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="52"/>
        <source>Only these targets (ids separated by commas).</source>
        <translation>Seulement ces cibles (identifiants séparés par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="53"/>
        <source>Run with a parameter changed (repeatable; ids as &apos;parameters&apos; lists them).</source>
        <translation>Exécuter avec un paramètre modifié (répétable ; identifiants tels que les liste &apos;parameters&apos;).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="56"/>
        <source>Exit 1 if a target listed in FILE (one id a line) does not pass.</source>
        <translation>Quitte avec 1 si une cible listée dans FICHIER (un identifiant par ligne) échoue.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="58"/>
        <source>Fit these parameters (ids separated by commas) to the tested targets, or to those of --only, by weighted least squares on the log scale, and report the estimates with standard errors and correlations.</source>
        <translation>Ajuster ces paramètres (identifiants séparés par des virgules) aux cibles testées, ou à celles de --only, par moindres carrés pondérés sur l’échelle logarithmique, et indiquer les estimations avec leurs erreurs types et corrélations.</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="62"/>
        <source>With --fit: at most N iterations (default 20).</source>
        <translation>Avec --fit : au plus N itérations (20 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="79"/>
        <source>calibration: %1: %2</source>
        <translation>calibration : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="94"/>
        <source>--set: &apos;%1&apos; is not a known parameter id with a value in its range (see &apos;lymphoscope-cli parameters&apos;)</source>
        <translation>--set : &apos;%1&apos; n&apos;est pas un identifiant de paramètre connu avec une valeur dans sa plage (voir &apos;lymphoscope-cli parameters&apos;)</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="171"/>
        <source>calibration: targets that passed before now fail (or are gone): %1</source>
        <translation>calibration : des cibles réussies auparavant échouent (ou manquent) : %1</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="194"/>
        <source>--iterations: &apos;%1&apos; is not a whole number from 1 to 1000</source>
        <translation>--iterations : « %1 » n’est pas un nombre entier de 1 à 1000</translation>
    </message>
    <message>
        <location filename="../app/CalibrationCommand.cpp" line="201"/>
        <source>calibration --fit: %1</source>
        <translation>calibration --fit : %1</translation>
    </message>
</context>
<context>
    <name>CalibrationFitReport</name>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="33"/>
        <source>Parameters fitted: %1. Published figures fitted to: %2.
</source>
        <translation>Paramètres ajustés : %1. Chiffres publiés utilisés : %2.
</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="37"/>
        <source>Cost ½·Σr²: %1 → %2 (iterations: %3). Figures passing: %4 → %5.

</source>
        <translation>Coût ½·Σr² : %1 → %2 (itérations : %3). Chiffres atteints : %4 → %5.

</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="43"/>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="44"/>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="45"/>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="46"/>
        <source>SE ×/÷</source>
        <translation>ET ×/÷</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="47"/>
        <source>95% interval</source>
        <translation>intervalle à 95 %</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="49"/>
        <source>(no covariance)</source>
        <translation>(pas de covariance)</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="58"/>
        <source>  not identifiable from these figures</source>
        <translation>  non identifiable à partir de ces chiffres</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="76"/>
        <source>
No two estimates correlate beyond ±%1.
</source>
        <translation>
Aucune paire d’estimations n’est corrélée au-delà de ±%1.
</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="77"/>
        <source>
Strongly correlated (the figures fix a combination): %1
</source>
        <translation>
Fortement corrélés (les chiffres fixent une combinaison) : %1
</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="81"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="82"/>
        <source>residual before</source>
        <translation>résidu avant</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="83"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="84"/>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="91"/>
        <source>pass</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="91"/>
        <source>fail</source>
        <translation>manqué</translation>
    </message>
    <message>
        <location filename="../app/CalibrationFitReport.cpp" line="93"/>
        <source>
The SE is on the log scale (a ×/÷ factor), from the Jacobian at the estimate; the figures&apos; residuals are log distances over the spread their published uncertainty implies. An estimate becomes the model&apos;s value only when it is copied into the parameter table with this calibration as its source.
</source>
        <translation>
L’ET est sur l’échelle logarithmique (un facteur ×/÷), tiré du jacobien à l’estimation ; les résidus des chiffres sont des distances logarithmiques divisées par la dispersion qu’implique leur incertitude publiée. Une estimation ne devient la valeur du modèle qu’une fois copiée dans la table des paramètres avec cette calibration pour source.
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
        <translation>rapporté</translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="81"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="81"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../app/CalibrationReport.cpp" line="94"/>
        <source>%1 targets: %2 tested, %3 passed (%4%), %5 reported only.</source>
        <translation>%1 cibles : %2 testées, %3 réussies (%4 %), %5 seulement rapportées.</translation>
    </message>
</context>
<context>
    <name>CaptionWriter</name>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="30"/>
        <source>In month %1</source>
        <translation>Au mois %1</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="31"/>
        <source>In months %1 to %2</source>
        <translation>Du mois %1 au mois %2</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="41"/>
        <source>%1 are back in the normal range after %2.</source>
        <translation>%1 reviennent à la normale après %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="45"/>
        <source>%1 are still below the normal range in month %2, when the next treatment starts.</source>
        <translation>%1 sont encore en dessous de la normale au mois %2, quand le traitement suivant commence.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="48"/>
        <source>%1 are still below the normal range at the end of the simulation (month %2).</source>
        <translation>%1 sont encore en dessous de la normale à la fin de la simulation (mois %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="59"/>
        <source>about %n week(s)</source>
        <translation>
            <numerusform>environ %n semaine</numerusform>
            <numerusform>environ %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="61"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>environ %n mois</numerusform>
            <numerusform>environ %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="64"/>
        <source>about %n year(s)</source>
        <translation>
            <numerusform>environ %n an</numerusform>
            <numerusform>environ %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="65"/>
        <source>about %1 years</source>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="71"/>
        <source>Alemtuzumab course %1</source>
        <translation>La cure %1 d&apos;alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="73"/>
        <source>Ocrelizumab</source>
        <translation>Ocrelizumab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="73"/>
        <source>Ocrelizumab (again)</source>
        <translation>Ocrelizumab (à nouveau)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="74"/>
        <source>Rituximab</source>
        <translation>Rituximab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="74"/>
        <source>Rituximab (again)</source>
        <translation>Rituximab (à nouveau)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="75"/>
        <source>Fingolimod</source>
        <translation>Fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="76"/>
        <source>The stem-cell transplant (aHSCT)</source>
        <translation>La greffe de cellules souches (aHSCT)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="90"/>
        <source>%1 is taken from month %2 to month %3.</source>
        <translation>%1 est pris du mois %2 au mois %3.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="93"/>
        <source>%1 starts in month %2.</source>
        <translation>%1 commence au mois %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="96"/>
        <source>Immune cells in the blood (lymphocytes)</source>
        <translation>Les cellules immunitaires du sang (lymphocytes)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="97"/>
        <source>B cells</source>
        <translation>Les lymphocytes B</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="97"/>
        <source>CD4 T cells</source>
        <translation>Les lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="103"/>
        <source>The blood counts stay in the normal range.</source>
        <translation>Les valeurs sanguines restent normales.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="109"/>
        <source>%1 immune cells are very low (under 500 per µL): infections are more likely.</source>
        <translation>%1, les cellules immunitaires sont très peu nombreuses (moins de 500 par µL) : les infections sont plus probables.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="114"/>
        <source>%1 the infection-fighting neutrophils are under 500 per µL: infections are much more likely and need quick care.</source>
        <translation>%1, les neutrophiles, qui combattent les infections, sont sous 500 par µL : les infections sont beaucoup plus probables et doivent être soignées rapidement.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="127"/>
        <source>Antibodies against %1 can be measured within the first month.</source>
        <translation>Les anticorps contre %1 sont mesurables dès le premier mois.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="130"/>
        <source>Antibodies against %1 can be measured from month %2.</source>
        <translation>Les anticorps contre %1 sont mesurables à partir du mois %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="134"/>
        <source>From month %1 they are strong enough to weaken the drug.</source>
        <translation>À partir du mois %1, ils sont assez forts pour affaiblir le médicament.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="136"/>
        <source>In this simulation they do not become strong enough to weaken the drug.</source>
        <translation>Dans cette simulation, ils ne deviennent pas assez forts pour affaiblir le médicament.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="140"/>
        <source>They can still be measured at the end of the simulation.</source>
        <translation>Ils sont encore mesurables à la fin de la simulation.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="143"/>
        <source>From month %1 they can no longer be measured; they come back after a later course and can no longer be measured from month %2.</source>
        <translation>À partir du mois %1, ils ne sont plus mesurables&#xa0;; ils reviennent après une cure ultérieure et ne sont plus mesurables à partir du mois %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="148"/>
        <source>They can no longer be measured from month %1.</source>
        <translation>Ils ne sont plus mesurables à partir du mois %1.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="169"/>
        <source>Chance of at least one relapse within 2 years: about %1 in 100.</source>
        <translation>Probabilité d&apos;au moins une poussée en 2 ans : environ %1 sur 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="173"/>
        <source>Within 5 years: about %1 in 100.</source>
        <translation>En 5 ans : environ %1 sur 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="184"/>
        <source>Chance of a new autoimmune illness within 6 years, most often of the thyroid: about %1 in 100.</source>
        <translation>Probabilité d&apos;une nouvelle maladie auto-immune en 6 ans, le plus souvent de la thyroïde : environ %1 sur 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="186"/>
        <source>Chance of a new autoimmune illness within 6 years: about %1 in 100.</source>
        <translation>Probabilité d&apos;une nouvelle maladie auto-immune en 6 ans : environ %1 sur 100.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/CliCommands.cpp" line="86"/>
        <source>the simulation failed: %1</source>
        <translation>la simulation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="88"/>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="90"/>
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="92"/>
        <source>internal error of an unknown kind</source>
        <translation>erreur interne de nature inconnue</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="101"/>
        <source>lymphoscope-cli: no command given.</source>
        <translation>lymphoscope-cli : aucune commande indiquée.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="138"/>
        <source>the commands are %1 and help</source>
        <translation>les commandes sont %1 et help</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="141"/>
        <source>unknown option %1 (a command comes first; %2)</source>
        <translation>option inconnue %1 (une commande vient d’abord ; %2)</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="142"/>
        <source>unknown command %1 (%2)</source>
        <translation>commande inconnue %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="153"/>
        <source>Usage: lymphoscope-cli COMMAND [ARGUMENTS]</source>
        <translation>Usage : lymphoscope-cli COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="154"/>
        <source>Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, relapse and autoimmunity after multiple-sclerosis therapies. For exploration and education, not for clinical decisions.</source>
        <translation>Simule les sous-populations lymphocytaires sanguines, les taux de médicament, les anticorps anti-médicament, les poussées et l’auto-immunité après les traitements de la sclérose en plaques. Pour l’exploration et l’éducation, pas pour des décisions cliniques.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="159"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="178"/>
        <source>This text.</source>
        <translation>Ce texte.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="179"/>
        <source>The program version.</source>
        <translation>La version du programme.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="180"/>
        <source>Run &apos;lymphoscope-cli COMMAND --help&apos; for what each option does.</source>
        <translation>&apos;lymphoscope-cli COMMANDE --help&apos; explique chaque option.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="182"/>
        <source>Outputs never replace an input or each other; &apos;-&apos; sends a CSV table to standard output.</source>
        <translation>Les sorties ne remplacent jamais une entrée ni une autre sortie ; « - » envoie un tableau CSV sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="185"/>
        <source>Exit status: 0 success, 1 internal error (e.g. an output file cannot be written), 2 bad input (the message names the field or option and the problem).</source>
        <translation>Code de sortie : 0 succès, 1 erreur interne (p. ex. un fichier de sortie ne peut pas être écrit), 2 entrée invalide (le message nomme le champ ou l’option et le problème).</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="145"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="14"/>
        <source>Show this command&apos;s help.</source>
        <translation>Affiche l’aide de cette commande.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="24"/>
        <source>A .lymphoscope.json file, or the name of a built-in example (a file of the same name wins; example:NAME always means the example).</source>
        <translation>Un fichier .lymphoscope.json ou le nom d’un exemple intégré (un fichier du même nom l’emporte ; example:NOM désigne toujours l’exemple).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>option %1 is given more than once</source>
        <translation>l&apos;option %1 est indiquée plus d&apos;une fois</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="51"/>
        <source>option %1 needs a value, not an empty text</source>
        <translation>l&apos;option %1 demande une valeur, pas un texte vide</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="59"/>
        <source>&apos;%1&apos; needs %2: a .lymphoscope.json file or the name of a built-in example (see &apos;lymphoscope-cli examples&apos;)</source>
        <translation>&apos;%1&apos; demande %2 : un fichier .lymphoscope.json ou le nom d’un exemple intégré (voir &apos;lymphoscope-cli examples&apos;)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="66"/>
        <source>&apos;%1&apos; takes no arguments, got %2</source>
        <translation>&apos;%1&apos; ne prend aucun argument, reçu %2</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>&apos;%1&apos; takes one %2, but %3 were given: %4</source>
        <translation>&apos;%1&apos; prend un seul %2, mais %3 ont été donnés : %4</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="82"/>
        <source>Usage: lymphoscope-cli %1 [options]</source>
        <translation>Usage : lymphoscope-cli %1 [options]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="102"/>
        <source>unknown option %1: &apos;%2&apos; takes no options</source>
        <translation>option inconnue %1 : &apos;%2&apos; n&apos;a pas d&apos;options</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="103"/>
        <source>unknown option %1 for &apos;%2&apos; (its options are %3)</source>
        <translation>option inconnue %1 pour &apos;%2&apos; (ses options sont %3)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../app/Console.cpp" line="12"/>
        <source>Run &apos;lymphoscope-cli --help&apos; for the commands and options.</source>
        <translation>Lancez &apos;lymphoscope-cli --help&apos; pour voir les commandes et les options.</translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="22"/>
        <source>%1 instead of %2 in 100 people with a relapse</source>
        <translation>%1 au lieu de %2 personnes sur 100 avec une poussée</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="25"/>
        <source>%1 instead of %2 in 100 with a new autoimmune illness</source>
        <translation>%1 au lieu de %2 sur 100 avec une nouvelle maladie auto-immune</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="28"/>
        <source>%1 instead of %2 in 100 with long-lasting low CD4 T cells</source>
        <translation>%1 au lieu de %2 sur 100 avec des lymphocytes T CD4 bas pendant longtemps</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="38"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
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
            <numerusform>en %n an</numerusform>
            <numerusform>en %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="88"/>
        <source>A relapse %1</source>
        <comment>%1: within 5 years</comment>
        <translation>Une poussée %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="90"/>
        <source>A new autoimmune illness %1</source>
        <comment>%1: within 5 years</comment>
        <translation>Une nouvelle maladie auto-immune %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="103"/>
        <source>%1 in 100 people have at least one relapse %2.</source>
        <comment>%2: within 5 years</comment>
        <translation>%1 personnes sur 100 ont au moins une poussée %2.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="106"/>
        <source>%1 in 100 people get a new autoimmune illness (for example of the thyroid) %2.</source>
        <comment>%2: within 5 years</comment>
        <translation>%1 personnes sur 100 développent une nouvelle maladie auto-immune (par exemple de la thyroïde) %2.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="165"/>
        <source>%1, %2 and %3 differ by less than 1 in 100 people on every outcome shown.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1, %2 et %3 diffèrent de moins d’une personne sur 100 pour chaque résultat présenté.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="169"/>
        <source>%1, compared with %2, %3 means %4, and no outcome shown is worse.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1, par rapport à %2, %3 signifie %4, et aucun résultat présenté n’est moins bon.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="173"/>
        <source>%1, compared with %2, %3 means %4, and no outcome shown is better.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1, par rapport à %2, %3 signifie %4, et aucun résultat présenté n’est meilleur.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="176"/>
        <source>%1, compared with %2, %3 means %4, but %5.</source>
        <comment>%1: Within 5 years</comment>
        <translation>%1, par rapport à %2, %3 signifie %4, mais %5.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="119"/>
        <source>%1 in 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="67"/>
        <source>within %n year(s) from month %1</source>
        <comment>the month the plans begin to differ</comment>
        <translation>
            <numerusform>en %n an à partir du mois %1</numerusform>
            <numerusform>dans les %n ans à partir du mois %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="77"/>
        <source>%n year(s)</source>
        <comment>more than half of 5 years</comment>
        <translation>
            <numerusform>de %n an</numerusform>
            <numerusform>de %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/decision/DecisionSummary.cpp" line="78"/>
        <source>the %n year(s) from month %1</source>
        <comment>more than half of the 3 years from month 29</comment>
        <translation>
            <numerusform>de %n an à partir du mois %1</numerusform>
            <numerusform>des %n ans à partir du mois %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="92"/>
        <source>Low CD4 T cells for more than half of %1</source>
        <comment>%1: 5 years</comment>
        <translation>Lymphocytes T CD4 bas pendant plus de la moitié %1</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="111"/>
        <source>%1 in 100 people have low CD4 T cells (more infections possible) for more than half of %2.</source>
        <comment>%2: 5 years</comment>
        <translation>%1 personnes sur 100 ont des lymphocytes T CD4 bas (plus d’infections possibles) pendant plus de la moitié %2.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="123"/>
        <source>%1 in 100 (%2–%3)</source>
        <translation>%1 sur 100 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="129"/>
        <source>Between %1 and %2 in different groups of 100 virtual patients.</source>
        <translation>Entre %1 et %2 selon les groupes de 100 patients virtuels.</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="136"/>
        <source>no difference</source>
        <translation>aucune différence</translation>
    </message>
    <message>
        <location filename="../ui/decision/DecisionSummary.cpp" line="138"/>
        <source>%1%2 in 100</source>
        <translation>%1%2 sur 100</translation>
    </message>
</context>
<context>
    <name>ExamplesCommand</name>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="18"/>
        <source>The built-in example scenarios, by name (example:NAME always names one).</source>
        <translation>Les scénarios d’exemple intégrés, par nom (example:NOM en désigne toujours un).</translation>
    </message>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="37"/>
        <source>(invalid: %1)</source>
        <translation>(non valide : %1)</translation>
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
        <translation>traitement %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="101"/>
        <source>file format</source>
        <translation>format du fichier</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="102"/>
        <source>format version</source>
        <translation>version du format</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="103"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="104"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="105"/>
        <source>simulated time</source>
        <translation>durée simulée</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="106"/>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="107"/>
        <source>treatments</source>
        <translation>traitements</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="108"/>
        <source>measurements</source>
        <translation>mesures</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="111"/>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="112"/>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="113"/>
        <source>untreated relapses</source>
        <translation>poussées sans traitement</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="114"/>
        <source>ADA propensity</source>
        <translation>propension aux ADA</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="115"/>
        <source>model parameters</source>
        <translation>paramètres du modèle</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="116"/>
        <source>patient&apos;s own factors</source>
        <translation>facteurs propres du patient</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="121"/>
        <source>patient factor %1</source>
        <translation>facteur patient %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="127"/>
        <source>measurement %1</source>
        <translation>mesure %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="133"/>
        <source>quantity</source>
        <translation>grandeur</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="134"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="139"/>
        <source>model parameter %1</source>
        <translation>paramètre du modèle %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="150"/>
        <source>therapy</source>
        <translation>thérapie</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="151"/>
        <source>infusions</source>
        <translation>perfusions</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="152"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="153"/>
        <source>stop day</source>
        <translation>jour d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="154"/>
        <source>daily dose</source>
        <translation>dose quotidienne</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="155"/>
        <source>regimen</source>
        <translation>protocole</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="132"/>
        <location filename="../ui/FieldPathText.cpp" line="156"/>
        <location filename="../ui/FieldPathText.cpp" line="166"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="161"/>
        <source>infusion %1</source>
        <translation>perfusion %1</translation>
    </message>
    <message>
        <location filename="../ui/FieldPathText.cpp" line="167"/>
        <source>dose</source>
        <translation>dose</translation>
    </message>
</context>
<context>
    <name>FigureDescriber</name>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="198"/>
        <source>%1 (pinned only)</source>
        <translation>%1 (épinglé seulement)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="219"/>
        <source>%1, measured</source>
        <translation>%1, mesuré</translation>
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
        <translation>lymphocytes &lt; 500/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="255"/>
        <source>lymphocytes &lt; 200/µL</source>
        <translation>lymphocytes &lt; 200/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="256"/>
        <source>neutrophils &lt; 500/µL</source>
        <translation>neutrophiles &lt; 500/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="287"/>
        <source>cells/µL</source>
        <translation>cellules/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="288"/>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="326"/>
        <source>titre</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="336"/>
        <source>binding-positive threshold</source>
        <translation>seuil de positivité (liants)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="352"/>
        <source>relapses per year</source>
        <translation>poussées par an</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="354"/>
        <source>/year</source>
        <translation>/an</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="362"/>
        <source>P(≥1 relapse) %</source>
        <translation>P(≥1 poussée) %</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="380"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="397"/>
        <source>Secondary autoimmunity, cumulative probability (%)</source>
        <translation>Auto-immunité secondaire, probabilité cumulée (%)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="393"/>
        <source>Serum drug concentration</source>
        <translation>Concentration sérique du médicament</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="308"/>
        <source>LLN (dotted)</source>
        <translation>LIN (pointillé)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="394"/>
        <source>Blood lymphocyte subsets</source>
        <translation>Sous-populations lymphocytaires sanguines</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="395"/>
        <source>Anti-drug antibodies (ADA)</source>
        <translation>Anticorps anti-médicament (ADA)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="396"/>
        <source>Relapse rate and cumulative probability</source>
        <translation>Taux de poussées et probabilité cumulée</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="411"/>
        <source>Time since day 0 (years)</source>
        <translation>Temps depuis le jour 0 (années)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="411"/>
        <source>Time since day 0 (months)</source>
        <translation>Temps depuis le jour 0 (mois)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plot/FigureDescriber.cpp" line="415"/>
        <source>Personalised forecast fitted to %n lab result(s): medians with 90% credible bands; the population&apos;s curves dotted</source>
        <translation>
            <numerusform>Prévision personnalisée ajustée à %n résultat de laboratoire : médianes avec bandes de crédibilité à 90 % ; les courbes de la population en pointillés</numerusform>
            <numerusform>Prévision personnalisée ajustée à %n résultats de laboratoire : médianes avec bandes de crédibilité à 90 % ; les courbes de la population en pointillés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="419"/>
        <source>Virtual cohort of %1 patients: medians with 5th–95th percentile bands; probabilities are cohort means</source>
        <translation>Cohorte virtuelle de %1 patients : médianes avec bandes 5e–95e percentiles ; probabilités = moyennes de la cohorte</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="422"/>
        <source>Typical patient (population-average parameters)</source>
        <translation>Patient type (paramètres moyens de la population)</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="426"/>
        <source>Simulation for exploration and education, not a clinical prediction. Lymphoscope %1</source>
        <translation>Simulation pour l&apos;exploration et l&apos;enseignement, pas une prédiction clinique. Lymphoscope %1</translation>
    </message>
    <message>
        <location filename="../ui/plot/FigureDescriber.cpp" line="447"/>
        <source>cohort 5th–95th percentile</source>
        <translation>cohorte, 5e–95e percentiles</translation>
    </message>
</context>
<context>
    <name>FileProblemText</name>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="24"/>
        <source>a table (CSV) this program wrote</source>
        <translation>un tableau (CSV) écrit par ce programme</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="25"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="26"/>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="27"/>
        <source>a Lymphoscope scenario</source>
        <translation>un scénario Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="28"/>
        <source>a validation report this program wrote</source>
        <translation>un rapport de validation écrit par ce programme</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="31"/>
        <source>a file of that kind</source>
        <translation>un fichier de ce type</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="40"/>
        <source>cannot open %1: there is no such file</source>
        <translation>impossible d’ouvrir %1 : ce fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="41"/>
        <source>cannot use %1: it is a folder, not a file</source>
        <translation>impossible d’utiliser %1 : c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="43"/>
        <source>cannot read %1: it is a pipe or device, not a file</source>
        <translation>impossible de lire %1 : c’est un tube ou un périphérique, pas un fichier</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="49"/>
        <source>more than the limit of %1</source>
        <translation>plus que la limite de %1</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="50"/>
        <source>%1; the limit is %2</source>
        <translation>%1 ; la limite est de %2</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="52"/>
        <source>cannot read %1: the file is too large (%2)</source>
        <translation>impossible de lire %1 : le fichier est trop volumineux (%2)</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="56"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="59"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d’écrire %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="63"/>
        <source>will not write %1: it is the input file itself; choose another name</source>
        <translation>%1 ne sera pas écrit : c’est le fichier d’entrée lui-même ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="65"/>
        <source>will not write %1: it is the input %2 (the same file under another name); choose another name</source>
        <translation>%1 ne sera pas écrit : c’est l’entrée %2 (le même fichier sous un autre nom) ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="71"/>
        <source>only one output can go to standard output (&apos;-&apos;); %1 already does</source>
        <translation>une seule sortie peut aller sur la sortie standard (« - ») ; %1 le fait déjà</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="73"/>
        <source>%1 and %2 %3 are the same file: give each output its own name</source>
        <translation>%1 et %2 %3 sont le même fichier : donnez à chaque sortie son propre nom</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="77"/>
        <source>cannot write %1: it is a socket or block device, not a file</source>
        <translation>impossible d’écrire %1 : c’est un socket ou un périphérique bloc, pas un fichier</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="80"/>
        <source>cannot write %1: it is a named pipe that no program is reading</source>
        <translation>impossible d’écrire %1 : c’est un tube nommé qu’aucun programme ne lit</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="83"/>
        <source>cannot use %1: its symbolic links go round in a loop</source>
        <translation>impossible d’utiliser %1 : ses liens symboliques forment une boucle</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="85"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="87"/>
        <source>will not replace %1: it exists and is not %2; choose another name, or remove the file first</source>
        <comment>%2: a PDF, a PNG image, ...</comment>
        <translation>%1 ne sera pas remplacé : le fichier existe et n&apos;est pas %2 ; choisissez un autre nom ou supprimez d&apos;abord le fichier</translation>
    </message>
    <message>
        <location filename="../ui/FileProblemText.cpp" line="93"/>
        <source>will not replace %1: it exists and cannot be read to tell what it holds; choose another name, or remove the file first</source>
        <translation>%1 ne sera pas remplacé : le fichier existe et ne peut pas être lu pour savoir ce qu&apos;il contient ; choisissez un autre nom ou supprimez d&apos;abord le fichier</translation>
    </message>
</context>
<context>
    <name>FitCommand</name>
    <message>
        <location filename="../app/FitCommand.cpp" line="47"/>
        <source>Fit the model to the patient&apos;s own lab results (the scenario&apos;s measurements and --labs), with the population as the prior, and forecast with credible bands.</source>
        <translation>Ajuster le modèle aux propres résultats de laboratoire du patient (les mesures du scénario et --labs), avec la population comme a priori, et prévoir avec des bandes de crédibilité.</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="49"/>
        <source>Lab results to add: a CSV file with the header day,quantity,value.</source>
        <translation>Résultats de laboratoire à ajouter : un fichier CSV avec l&apos;en-tête day,quantity,value.</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="52"/>
        <source>Write the forecast: medians with _p05, _p25, _p75 and _p95 bands, as the cohort table (&apos;-&apos;: standard output).</source>
        <translation>Écrire la prévision : médianes avec bandes _p05, _p25, _p75 et _p95, comme la table de cohorte (&apos;-&apos; : sortie standard).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="55"/>
        <source>Posterior draws of the forecast (1 to %1, default 200).</source>
        <translation>Tirages a posteriori de la prévision (1 à %1, 200 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="57"/>
        <source>Random seed of the draws (default 1).</source>
        <translation>Graine aléatoire des tirages (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="58"/>
        <source>Output step of the forecast in days (default 1).</source>
        <translation>Pas de sortie de la prévision en jours (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="60"/>
        <source>Write the scenario with the fitted patient (patient.individual) and the results it was fitted to.</source>
        <translation>Écrire le scénario avec le patient ajusté (patient.individual) et les résultats auxquels il a été ajusté.</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="79"/>
        <source>--draws: expected a whole number from 1 to %1, got %2</source>
        <translation>--draws : nombre entier de 1 à %1 attendu, reçu %2</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="89"/>
        <source>--seed: expected a whole number, got %1</source>
        <translation>--seed : nombre entier attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="95"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation>--step : nombre de jours positif attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="100"/>
        <source>--save-scenario: give a file name</source>
        <translation>--save-scenario : indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="155"/>
        <source>fit: %1</source>
        <translation>fit : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="183"/>
        <source>Fitted to %n lab result(s) up to day %1, with the population as the prior (Bayesian MAP; 90% intervals from the Laplace approximation).</source>
        <translation>
            <numerusform>Ajusté à %n résultat de laboratoire jusqu&apos;au jour %1, avec la population comme a priori (MAP bayésien ; intervalles à 90 % par l&apos;approximation de Laplace).</numerusform>
            <numerusform>Ajusté à %n résultats de laboratoire jusqu&apos;au jour %1, avec la population comme a priori (MAP bayésien ; intervalles à 90 % par l&apos;approximation de Laplace).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="189"/>
        <source>note: the optimiser stopped before converging: %1</source>
        <translation>remarque : l&apos;optimiseur s&apos;est arrêté avant de converger : %1</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="192"/>
        <source>Patient factors (1 = typical patient):</source>
        <translation>Facteurs du patient (1 = patient type) :</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="197"/>
        <source>90%: %1–%2 (population %3–%4)%5</source>
        <translation>90 % : %1–%2 (population %3–%4)%5</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="200"/>
        <source>; the results say little about it</source>
        <translation> ; les résultats en disent peu</translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="203"/>
        <source>Match to the results (residuals over the error model; about 1 is as expected):</source>
        <translation>Accord avec les résultats (résidus rapportés au modèle d&apos;erreur ; environ 1 est attendu) :</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="209"/>
        <source>%n result(s), RMS %1, results %2% below the fit on average</source>
        <translation>
            <numerusform>%n résultat, RMS %1, résultats en moyenne %2 % au-dessous de l&apos;ajustement</numerusform>
            <numerusform>%n résultats, RMS %1, résultats en moyenne %2 % au-dessous de l&apos;ajustement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/FitCommand.cpp" line="212"/>
        <source>%n result(s), RMS %1, results %2% above the fit on average</source>
        <translation>
            <numerusform>%n résultat, RMS %1, résultats en moyenne %2 % au-dessus de l&apos;ajustement</numerusform>
            <numerusform>%n résultats, RMS %1, résultats en moyenne %2 % au-dessus de l&apos;ajustement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/FitCommand.cpp" line="217"/>
        <source>A fit to this patient&apos;s results, for exploration and education: it shows what the model makes of them, not a prediction of this patient&apos;s course.</source>
        <translation>Un ajustement aux résultats de ce patient, pour l&apos;exploration et l&apos;enseignement : il montre ce que le modèle en fait, pas une prédiction de l&apos;évolution de ce patient.</translation>
    </message>
</context>
<context>
    <name>FitProblemText</name>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="22"/>
        <source>there are no measurements to fit: add the patient&apos;s lab results (at least 2, on at least 2 days)</source>
        <translation>il n&apos;y a aucune mesure à ajuster : ajoutez les résultats de laboratoire du patient (au moins 2, sur au moins 2 jours)</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="27"/>
        <source>a fit needs at least %1 measurements, there is %2</source>
        <translation>un ajustement nécessite au moins %1 mesures, il y en a %2</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="32"/>
        <source>every measurement is on day %1: a fit needs results from at least 2 days</source>
        <translation>toutes les mesures sont du jour %1 : un ajustement nécessite des résultats d&apos;au moins 2 jours</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="38"/>
        <source>%1 was measured, but the plan gives no %2</source>
        <translation>%1 a été mesuré, mais le plan ne comporte pas de %2</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="43"/>
        <source>two results of %1 on day %2 (%3 and %4) differ by far more than the assay error: please check them</source>
        <translation>deux résultats de %1 le jour %2 (%3 et %4) diffèrent bien plus que l&apos;erreur de dosage : veuillez les vérifier</translation>
    </message>
    <message>
        <location filename="../ui/FitProblemText.cpp" line="50"/>
        <source>the fit found no optimum after %1 iterations</source>
        <translation>l&apos;ajustement n&apos;a trouvé aucun optimum après %1 itérations</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <location filename="../ui/education/PlanStrip.cpp" line="32"/>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <location filename="../ui/education/PlanStrip.cpp" line="32"/>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="78"/>
        <source>Lymphoscope %1 · %2 · A simulation for explaining and exploring, not a prediction for one person.</source>
        <translation>Lymphoscope %1 · %2 · Une simulation pour expliquer et explorer, pas une prédiction pour une personne donnée.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="73"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="74"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="191"/>
        <source>Treatment plan: %1</source>
        <translation>Plan de traitement : %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="197"/>
        <source>the handout PDF could not be written</source>
        <translation>le PDF de la fiche d&apos;information n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="221"/>
        <source>the handout could not be started</source>
        <translation>la fiche d&apos;information n&apos;a pas pu être commencée</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="236"/>
        <source>Your treatment plan</source>
        <translation>Votre plan de traitement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/HandoutWriter.cpp" line="243"/>
        <source>This handout comes from a computer simulation fitted to %n of your own lab result(s): the model was adjusted so that its curves pass close to your results, and the shaded bands show how uncertain that adjustment still is. It is still a model, made to explain and explore treatment plans, not a prediction for you: your results only inform the blood counts and levels that were measured, not relapses or autoimmunity, and your own course can be different. Please talk about your questions with your neurologist.</source>
        <translation>
            <numerusform>Ce document provient d&apos;une simulation informatique ajustée à %n de vos propres résultats de laboratoire : le modèle a été réglé pour que ses courbes passent près de vos résultats, et les bandes ombrées montrent l&apos;incertitude qui reste sur ce réglage. C&apos;est toujours un modèle, fait pour expliquer et explorer des plans de traitement, pas une prédiction pour vous : vos résultats ne renseignent que les numérations et les taux mesurés, pas les poussées ni l&apos;auto-immunité, et votre propre évolution peut être différente. Parlez de vos questions avec votre neurologue.</numerusform>
            <numerusform>Ce document provient d&apos;une simulation informatique ajustée à %n de vos propres résultats de laboratoire : le modèle a été réglé pour que ses courbes passent près de vos résultats, et les bandes ombrées montrent l&apos;incertitude qui reste sur ce réglage. C&apos;est toujours un modèle, fait pour expliquer et explorer des plans de traitement, pas une prédiction pour vous : vos résultats ne renseignent que les numérations et les taux mesurés, pas les poussées ni l&apos;auto-immunité, et votre propre évolution peut être différente. Parlez de vos questions avec votre neurologue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="251"/>
        <source>This handout comes from a computer simulation of an average patient, made to explain and explore treatment plans. It is not a prediction for you: your own course can be different. Please talk about your questions with your neurologist.</source>
        <translation>Cette fiche provient d&apos;une simulation informatique d&apos;un patient moyen, conçue pour expliquer et explorer des plans de traitement. Ce n&apos;est pas une prédiction pour vous : votre propre évolution peut être différente. N&apos;hésitez pas à poser vos questions à votre neurologue.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="292"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="305"/>
        <source>Month %1: %2</source>
        <translation>Mois %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="311"/>
        <source>What the simulation shows</source>
        <translation>Ce que montre la simulation</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="325"/>
        <source>the handout&apos;s second page could not be started</source>
        <translation>la deuxième page de la fiche d&apos;information n&apos;a pas pu être commencée</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="332"/>
        <source>What this could mean for 100 people like you</source>
        <translation>Ce que cela pourrait signifier pour 100 personnes comme vous</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="334"/>
        <source>Each figure stands for one person. Filled figures are the people who had the outcome in the simulation of 1,000 virtual patients; the range shows how much this varied between groups of 100 of them.</source>
        <translation>Chaque figure représente une personne. Les figures pleines sont les personnes chez qui l’événement s’est produit dans la simulation de 1 000 patients virtuels ; la fourchette montre combien cela variait entre des groupes de 100 d’entre eux.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="367"/>
        <source>Not known for this plan.</source>
        <translation>Inconnu pour ce plan.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="379"/>
        <source>The plans side by side</source>
        <translation>Les plans côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="386"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="434"/>
        <source>In plain words</source>
        <translation>En termes simples</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="475"/>
        <source>a page of the handout could not be started</source>
        <translation>une page de la fiche n’a pas pu être commencée</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="442"/>
        <source>Where the numbers come from</source>
        <translation>D&apos;où viennent les chiffres</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="443"/>
        <source>The simulation is calibrated to published trial and cohort figures. Its main sources:</source>
        <translation>La simulation est calibrée sur des chiffres publiés d&apos;essais et de cohortes. Ses principales sources :</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="462"/>
        <source>Decision aids: Trevena et al. 2013 and Joseph-Williams et al. 2014 (how to present chances).</source>
        <translation>Aides à la décision : Trevena et al. 2013 et Joseph-Williams et al. 2014 (comment présenter des probabilités).</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="466"/>
        <source>Every number and its source: Lymphoscope, Help → Model Parameters and Sources.</source>
        <translation>Chaque chiffre et sa source : Lymphoscope, Aide → Paramètres du modèle et sources.</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../ui/IssueText.cpp" line="65"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="66"/>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="67"/>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="68"/>
        <source>%1 relapses per year</source>
        <translation>%1 poussées par an</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="69"/>
        <source>%1 mg per day</source>
        <translation>%1 mg par jour</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="77"/>
        <location filename="../ui/IssueText.cpp" line="104"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="78"/>
        <location filename="../ui/IssueText.cpp" line="103"/>
        <source>text in double quotes</source>
        <translation>un texte entre guillemets doubles</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="79"/>
        <source>an object {...}</source>
        <translation>un objet {...}</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="80"/>
        <source>a list [...]</source>
        <translation>une liste [...]</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="81"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="90"/>
        <source>the text %1</source>
        <translation>le texte %1</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="91"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="92"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="114"/>
        <source>the end of the text</source>
        <translation>la fin du texte</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="115"/>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="116"/>
        <source>a key in double quotes</source>
        <translation>une clé entre guillemets doubles</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="118"/>
        <location filename="../ui/IssueText.cpp" line="120"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="125"/>
        <source>syntax error: %1</source>
        <translation>erreur de syntaxe : %1</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="142"/>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="145"/>
        <source>must be more than %1 and at most %2, got %3</source>
        <translation>doit être supérieur à %1 et au plus égal à %2 (valeur : %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="146"/>
        <location filename="../ui/IssueText.cpp" line="215"/>
        <source>must be between %1 and %2, got %3</source>
        <translation>doit être compris entre %1 et %2 (valeur : %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="151"/>
        <source>must be more than 0 and at most %1 days (%2 years), got %3</source>
        <translation>doit être supérieure à 0 et au plus égale à %1 jours, soit %2 ans (valeur : %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="156"/>
        <source>must be more than 0 and at most %1 mg per infusion of %2, got %3</source>
        <translation>doit être supérieure à 0 et au plus égale à %1 mg par perfusion de %2 (valeur : %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="161"/>
        <source>must be 0 or later (days count from the scenario&apos;s day 0), got %1</source>
        <translation>doit être 0 ou plus tard, car les jours se comptent à partir du jour 0 du scénario (valeur : %1)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="166"/>
        <source>must lie within the simulated time (up to day %1), got %2</source>
        <translation>doit se situer dans la durée simulée (jusqu’au jour %1 ; valeur : %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="171"/>
        <source>must be after the first day (%1), got %2</source>
        <translation>doit être postérieur au premier jour, %1 (valeur : %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="176"/>
        <source>the %1 reinfusion must be on day %2 or later, so that conditioning (days -%2 to -1 before it) falls inside the scenario; got %3</source>
        <translation>la réinjection avec %1 doit avoir lieu au jour %2 ou plus tard, pour que le conditionnement (jours -%2 à -1 avant) tienne dans le scénario (valeur : %3)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="182"/>
        <source>needs at least one infusion</source>
        <translation>nécessite au moins une perfusion</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="186"/>
        <source>at most %1 treatments are allowed, got %2</source>
        <translation>au plus %1 traitements sont autorisés (présents : %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="191"/>
        <source>at most %1 infusions per treatment are allowed, got %2</source>
        <translation>au plus %1 perfusions par traitement sont autorisées (présentes : %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="196"/>
        <source>must be at most %1 characters long, got %2</source>
        <translation>doit compter au plus %1 caractères (longueur : %2)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="201"/>
        <source>must be valid UTF-8 text</source>
        <translation>doit être un texte UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="206"/>
        <source>unknown model parameter %1 (did you mean %2?)</source>
        <translation>paramètre du modèle inconnu %1 (vouliez-vous dire %2 ?)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="209"/>
        <source>unknown model parameter %1</source>
        <translation>paramètre du modèle inconnu %1</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="221"/>
        <source>unknown measured quantity %1 (did you mean %2?); known quantities: %3</source>
        <translation>grandeur mesurée inconnue %1 (vouliez-vous dire %2 ?) ; grandeurs connues : %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="225"/>
        <source>unknown measured quantity %1; known quantities: %2</source>
        <translation>grandeur mesurée inconnue %1 ; grandeurs connues : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="230"/>
        <source>must be between 0 and %1 %2 (a plausible %3), got %4</source>
        <translation>doit être compris entre 0 et %1 %2 (une valeur plausible de %3), valeur : %4</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="235"/>
        <source>at most %1 measurements are allowed, got %2</source>
        <translation>au plus %1 mesures sont autorisées, il y en a %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="241"/>
        <source>unknown patient factor %1 (did you mean %2?); known factors: %3</source>
        <translation>facteur patient inconnu %1 (vouliez-vous dire %2 ?) ; facteurs connus : %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="244"/>
        <source>unknown patient factor %1; known factors: %2</source>
        <translation>facteur patient inconnu %1 ; facteurs connus : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="249"/>
        <source>unknown value %1; allowed: %2</source>
        <translation>valeur inconnue %1 ; valeurs autorisées : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="254"/>
        <source>overlaps %3 on day %2 (one infusion of %1 a day at most)</source>
        <translation>tombe le même jour (%2) que %3 (au plus une perfusion de %1 par jour)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="260"/>
        <source>overlaps %1, which runs from day %2 to %3</source>
        <translation>chevauche %1, qui va du jour %2 au jour %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="265"/>
        <source>comes less than %1 days after %2, on day %3</source>
        <translation>tombe moins de %1 jours après %2, au jour %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="270"/>
        <source>expected %1, got %2</source>
        <translation>attendu : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="275"/>
        <source>the required key %1 is missing</source>
        <translation>la clé obligatoire %1 est absente</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="281"/>
        <source>unknown key %1 for %2 (did you mean %3?); allowed keys: %4</source>
        <translation>clé inconnue %1 pour %2 (vouliez-vous dire %3 ?) ; clés autorisées : %4</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="285"/>
        <source>unknown key %1 for %2; allowed keys: %3</source>
        <translation>clé inconnue %1 pour %2 ; clés autorisées : %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="289"/>
        <source>unknown key %1 (did you mean %2?); allowed keys: %3</source>
        <translation>clé inconnue %1 (vouliez-vous dire %2 ?) ; clés autorisées : %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="292"/>
        <source>unknown key %1; allowed keys: %2</source>
        <translation>clé inconnue %1 ; clés autorisées : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="296"/>
        <source>duplicate key: it appears more than once in the same object</source>
        <translation>clé en double : elle apparaît plusieurs fois dans le même objet</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="300"/>
        <source>not a Lymphoscope scenario: expected %1, got %2</source>
        <translation>ce n’est pas un scénario Lymphoscope : attendu %1, trouvé %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="305"/>
        <source>written by a newer version of Lymphoscope (version %1); this program reads version %2</source>
        <translation>écrit par une version plus récente de Lymphoscope (version %1) ; ce programme lit la version %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="312"/>
        <source>unsupported version %1; this program reads version %2</source>
        <translation>version %1 non prise en charge ; ce programme lit la version %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="319"/>
        <source>unknown therapy %1 (did you mean %2?); known therapies: %3</source>
        <translation>thérapie inconnue %1 (vouliez-vous dire %2 ?) ; thérapies connues : %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="322"/>
        <source>unknown therapy %1; known therapies: %2</source>
        <translation>thérapie inconnue %1 ; thérapies connues : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="328"/>
        <source>unknown regimen %1 (did you mean %2?); known regimens: %3</source>
        <translation>protocole inconnu %1 (vouliez-vous dire %2 ?) ; protocoles connus : %3</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="331"/>
        <source>unknown regimen %1; known regimens: %2</source>
        <translation>protocole inconnu %1 ; protocoles connus : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="336"/>
        <source>the text is too large (%1); the limit is %2</source>
        <translation>le texte est trop volumineux (%1) ; la limite est de %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="341"/>
        <source>the text is empty: a scenario {...} was expected</source>
        <translation>le texte est vide : un scénario {...} était attendu</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="345"/>
        <source>the number %1 is too large</source>
        <translation>le nombre %1 est trop grand</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="349"/>
        <source>nested deeper than %1 levels; a scenario needs at most %2</source>
        <translation>imbriqué sur plus de %1 niveaux ; un scénario en demande au plus %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="355"/>
        <source>expected %1, found %2</source>
        <translation>attendu : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="360"/>
        <source>comments are not allowed in JSON</source>
        <translation>les commentaires ne sont pas autorisés en JSON</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="364"/>
        <source>text needs double quotes, not single quotes</source>
        <translation>le texte doit être entre guillemets doubles, pas simples</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="369"/>
        <source>unexpected character: text needs double quotes; bare words are only true, false and null</source>
        <translation>caractère inattendu : le texte doit être entre guillemets doubles ; sans guillemets, seuls true, false et null sont admis</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="372"/>
        <source>invalid value %1: text needs double quotes; bare words are only true, false and null</source>
        <translation>valeur invalide %1 : le texte doit être entre guillemets doubles ; sans guillemets, seuls true, false et null sont admis</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="378"/>
        <source>invalid value %1: JSON has no NaN or Infinity; write a finite number</source>
        <translation>valeur invalide %1 : JSON n’a ni NaN ni Infinity ; écrivez un nombre fini</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="384"/>
        <source>invalid UTF-8 byte (save the file as UTF-8)</source>
        <translation>octet UTF-8 invalide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="388"/>
        <source>text in quotes is not closed: the closing &apos;&quot;&apos; is missing</source>
        <translation>un texte entre guillemets n’est pas fermé : le &apos;&quot;&apos; final manque</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="394"/>
        <source>a control character (%1) inside quotes must be written as an escape, such as \n or \t</source>
        <translation>un caractère de contrôle (%1) entre guillemets doit s’écrire sous forme d’échappement, par exemple \n ou \t</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="400"/>
        <source>invalid escape after a backslash inside quotes</source>
        <translation>séquence d’échappement invalide après une barre oblique inverse entre guillemets</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="404"/>
        <source>invalid number: a digit is missing</source>
        <translation>nombre invalide : il manque un chiffre</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="413"/>
        <source>no built-in example has this name (the examples are %1)</source>
        <translation>aucun exemple intégré ne porte ce nom (les exemples sont %1)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="418"/>
        <source>cannot open: there is no such file, and no built-in example has this name (the examples are %1)</source>
        <translation>impossible d’ouvrir : ce fichier n’existe pas et aucun exemple intégré ne porte ce nom (les exemples sont %1)</translation>
    </message>
    <message>
        <location filename="../ui/IssueText.cpp" line="424"/>
        <source>both a file and a built-in example are named %1: the file was used (write %2 for the example)</source>
        <translation>un fichier et un exemple intégré s’appellent tous deux %1 : le fichier a été utilisé (écrivez %2 pour l’exemple)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/IssueText.cpp" line="461"/>
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabsFile</name>
    <message>
        <location filename="../app/LabsFile.cpp" line="84"/>
        <source>--labs: %1: the column &apos;date&apos; needs a scenario with a start date, and scenarios have none: give &apos;day&apos; (days from the scenario&apos;s day 0)</source>
        <translation>--labs : %1 : la colonne &apos;date&apos; nécessite un scénario avec une date de début, et les scénarios n&apos;en ont pas : donnez &apos;day&apos; (jours depuis le jour 0 du scénario)</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="88"/>
        <source>--labs: %1:%2: expected the header day,quantity,value</source>
        <translation>--labs : %1:%2 : en-tête day,quantity,value attendu</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="95"/>
        <source>--labs: %1:%2: expected %3 values separated by commas, got %4</source>
        <translation>--labs : %1:%2 : %3 valeurs séparées par des virgules attendues, reçu %4</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="110"/>
        <source>--labs: %1:%2:%3: %4: expected a number, got %5</source>
        <translation>--labs : %1:%2:%3 : %4 : nombre attendu, reçu %5</translation>
    </message>
    <message>
        <location filename="../app/LabsFile.cpp" line="126"/>
        <source>--labs: %1: empty; expected the header day,quantity,value and a row per result</source>
        <translation>--labs : %1 : vide ; en-tête day,quantity,value et une ligne par résultat attendus</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <location filename="../app/OutputFiles.cpp" line="126"/>
        <source>--%1: cannot draw %2: %3</source>
        <translation>--%1 : impossible de dessiner %2 : %3</translation>
    </message>
</context>
<context>
    <name>ParametersCommand</name>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="16"/>
        <source>The model&apos;s parameter table with units and sources.</source>
        <translation>Le tableau des paramètres du modèle avec unités et sources.</translation>
    </message>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="17"/>
        <source>As a Markdown table.</source>
        <translation>Sous forme de tableau Markdown.</translation>
    </message>
</context>
<context>
    <name>PatientDifferences</name>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="27"/>
        <source>untreated relapses %1 a year (current %2)</source>
        <translation>poussées sans traitement %1 par an (actuel %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="28"/>
        <source>ADA propensity %1 (current %2)</source>
        <translation>propension aux ADA %1 (actuel %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="29"/>
        <source>age %1 years (current %2)</source>
        <translation>âge %1 ans (actuel %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="30"/>
        <source>weight %1 kg (current %2)</source>
        <translation>poids %1 kg (actuel %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="32"/>
        <source>other model parameters</source>
        <translation>autres paramètres du modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="35"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientDifferences.cpp" line="39"/>
        <source>The patients differ too, so not every difference comes from the plans — %1.</source>
        <translation>Les patients diffèrent aussi : toutes les différences ne viennent donc pas des plans — %1.</translation>
    </message>
</context>
<context>
    <name>PatientField</name>
    <message>
        <location filename="../ui/PatientField.cpp" line="41"/>
        <source>weight</source>
        <translation>le poids</translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="43"/>
        <source>age</source>
        <translation>l&apos;âge</translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="45"/>
        <source>baseline relapse rate</source>
        <translation>le taux de poussées de base</translation>
    </message>
    <message>
        <location filename="../ui/PatientField.cpp" line="47"/>
        <source>ADA propensity</source>
        <translation>la propension aux ADA</translation>
    </message>
</context>
<context>
    <name>PlanNames</name>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="16"/>
        <source>aHSCT, relapse four years later, then alemtuzumab</source>
        <translation>aHSCT, poussée quatre ans plus tard, puis alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="17"/>
        <source>Alemtuzumab ×2, then aHSCT for persistent disease activity</source>
        <translation>Alemtuzumab ×2, puis aHSCT pour activité persistante de la maladie</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="18"/>
        <source>Alemtuzumab ×2, then ocrelizumab</source>
        <translation>Alemtuzumab ×2, puis ocrélizumab</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="19"/>
        <source>Alemtuzumab course 1 with a weekend gap</source>
        <translation>Alemtuzumab, cure 1 avec une pause le week-end</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="20"/>
        <source>Rituximab before a third alemtuzumab course (a hypothesis)</source>
        <translation>Rituximab avant une troisième cure d’alemtuzumab (une hypothèse)</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="21"/>
        <source>Strong anti-drug-antibody responder, three alemtuzumab courses</source>
        <translation>Forte réponse en anticorps anti-médicament, trois cures d’alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="22"/>
        <source>Fingolimod, a 30-day washout, then alemtuzumab</source>
        <translation>Fingolimod, une période de sevrage de 30 jours, puis alemtuzumab</translation>
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
        <translation>Aucun traitement</translation>
    </message>
    <message>
        <location filename="../ui/decision/PlanNames.cpp" line="43"/>
        <source>%1, then no further treatment</source>
        <translation>%1, puis aucun autre traitement</translation>
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
        <translation>l&apos;image PNG n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="95"/>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="100"/>
        <source>the PDF could not be written</source>
        <translation>le PDF n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="118"/>
        <source>Simulation for exploration and education, not a clinical prediction. %1</source>
        <translation>Simulation pour l’exploration et l’éducation, pas une prédiction clinique. %1</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="123"/>
        <source>the SVG drawing could not be started</source>
        <translation>le dessin SVG n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <location filename="../ui/plot/PlotExporter.cpp" line="128"/>
        <source>the SVG drawing could not be written</source>
        <translation>le dessin SVG n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>ReplaceTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/ReplaceTreatmentCommand.cpp" line="17"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="28"/>
        <source>Write the patient handout (plan, simple plots, plain words, sources) as a PDF.</source>
        <translation>Écrit la fiche patient (plan, graphiques simples, mots clairs, sources) en PDF.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="30"/>
        <source>Where the handout goes (required).</source>
        <translation>Où va la fiche (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="32"/>
        <source>Language of the handout: %1.</source>
        <translation>Langue de la fiche : %1.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="34"/>
        <source>A second plan to compare with.</source>
        <translation>Un second plan à comparer.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="46"/>
        <source>report: --pdf FILE is required (where the handout goes).</source>
        <translation>report : --pdf FICHIER est obligatoire (où écrire la fiche d&apos;information).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="48"/>
        <source>--pdf: &apos;-&apos; (standard output) is for CSV tables only; give a file name for the handout</source>
        <translation>--pdf : « - » (sortie standard) est réservé aux tableaux CSV ; donnez un nom de fichier pour la fiche</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="53"/>
        <source>report: --lang: expected one of %1, got &quot;%2&quot;.</source>
        <translation>report : --lang : une valeur parmi %1 attendue, reçu « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="90"/>
        <source>report: cannot draw the handout: %1</source>
        <translation>report : impossible de dessiner la fiche : %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="97"/>
        <source>Wrote the handout for “%1” (%2 pages) to %3</source>
        <translation>Fiche d&apos;information pour « %1 » (%2 pages) écrite dans %3</translation>
    </message>
</context>
<context>
    <name>ResultColumn</name>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="38"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="41"/>
        <source>Lymphocytes</source>
        <translation>Lymphocytes</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="42"/>
        <source>CD19 B cells</source>
        <translation>Lymphocytes B CD19</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="44"/>
        <source>Memory B cells</source>
        <translation>Lymphocytes B mémoire</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="47"/>
        <source>Naive and transitional B cells</source>
        <translation>Lymphocytes B naïfs et transitionnels</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="48"/>
        <source>CD4 T cells</source>
        <translation>Lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="51"/>
        <source>Naive CD4 T cells</source>
        <translation>Lymphocytes T CD4 naïfs</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="53"/>
        <source>Memory CD4 T cells</source>
        <translation>Lymphocytes T CD4 mémoire</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="54"/>
        <source>CD8 T cells</source>
        <translation>Lymphocytes T CD8</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="56"/>
        <source>NK cells</source>
        <translation>Cellules NK</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="58"/>
        <source>Neutrophils</source>
        <translation>Neutrophiles</translation>
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
        <translation>ADA neutralisants contre {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="66"/>
        <source>ADA against {}</source>
        <translation>ADA contre {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="69"/>
        <source>Ever binding-positive for ADA against {}</source>
        <translation>Déjà positif aux ADA liants contre {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="72"/>
        <source>Binding-positive for ADA against {}</source>
        <translation>Positif aux ADA liants contre {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="75"/>
        <source>Ever neutralising ADA against {}</source>
        <translation>Déjà des ADA neutralisants contre {}</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="80"/>
        <source>Fingolimod-phosphate</source>
        <translation>Phosphate de fingolimod</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="83"/>
        <source>Lymphocytes below the LLN</source>
        <translation>Lymphocytes sous la limite inférieure de la normale</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="85"/>
        <source>B cells below the LLN</source>
        <translation>Lymphocytes B sous la limite inférieure de la normale</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="87"/>
        <source>CD4 T cells below the LLN</source>
        <translation>Lymphocytes T CD4 sous la limite inférieure de la normale</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="89"/>
        <source>CD8 T cells below the LLN</source>
        <translation>Lymphocytes T CD8 sous la limite inférieure de la normale</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="91"/>
        <source>relapse rate</source>
        <translation>taux de poussées</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="94"/>
        <source>expected relapses</source>
        <translation>poussées attendues</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="96"/>
        <source>P(≥1 relapse)</source>
        <translation>P(≥1 poussée)</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="98"/>
        <source>relapse-free</source>
        <translation>sans poussée</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="100"/>
        <source>P(≥1 autoimmune event)</source>
        <translation>P(≥1 événement auto-immun)</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="103"/>
        <source>thyroid autoimmunity</source>
        <translation>auto-immunité thyroïdienne</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="105"/>
        <source>immune thrombocytopenia</source>
        <translation>thrombopénie immunologique</translation>
    </message>
    <message>
        <location filename="../core/simulate/ResultColumns.cpp" line="107"/>
        <source>anti-GBM disease</source>
        <translation>maladie anti-MBG</translation>
    </message>
</context>
<context>
    <name>ScenarioArgument</name>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="23"/>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="34"/>
        <source>note: &apos;lymphoscope-cli validate %1&apos; lists every problem</source>
        <translation>remarque : &apos;lymphoscope-cli validate %1&apos; liste tous les problèmes</translation>
    </message>
    <message>
        <location filename="../app/ScenarioArgument.cpp" line="46"/>
        <source>note: &apos;lymphoscope-cli parameters&apos; lists the model parameters</source>
        <translation>remarque : &apos;lymphoscope-cli parameters&apos; liste les paramètres du modèle</translation>
    </message>
</context>
<context>
    <name>SetHorizonCommand</name>
    <message>
        <location filename="../ui/commands/SetHorizonCommand.cpp" line="14"/>
        <source>Set simulated time</source>
        <translation>Définir la durée simulée</translation>
    </message>
</context>
<context>
    <name>SetPatientFieldCommand</name>
    <message>
        <location filename="../ui/commands/SetPatientFieldCommand.cpp" line="14"/>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="23"/>
        <source>Run a scenario (a .lymphoscope.json file, or the name of a built-in example; example:NAME always means the example) and print a summary.</source>
        <translation>Exécute un scénario (un fichier .lymphoscope.json ou le nom d’un exemple intégré ; example:NOM désigne toujours l’exemple) et affiche un résumé.</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="43"/>
        <source>--step: a step of %1 days gives more than 2,000,000 rows over the %2-day horizon; choose a larger step</source>
        <translation>--step : un pas de %1 jours donne plus de 2 000 000 de lignes sur l&apos;horizon de %2 jours ; choisissez un pas plus grand</translation>
    </message>
    <message>
        <location filename="../app/SimulateCommand.cpp" line="70"/>
        <source>not enough memory for %1 patients × %2 days; try a larger --step or fewer patients</source>
        <translation>mémoire insuffisante pour %1 patients × %2 jours ; essayez un --step plus grand ou moins de patients</translation>
    </message>
</context>
<context>
    <name>SimulateOptions</name>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="26"/>
        <source>--cohort: expected a whole number of virtual patients from 1 to %1, got %2</source>
        <translation>--cohort : nombre entier de patients virtuels attendu, de 1 à %1, reçu %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="40"/>
        <source>--seed: expected a whole number from 0 to %1, got %2</source>
        <translation>--seed : nombre entier attendu, de 0 à %1, reçu %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="53"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation>--step : nombre positif de jours attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="68"/>
        <source>--png-size: expected WIDTHxHEIGHT in pixels, each from %1 to %2 (e.g. 1600x2000), got %3</source>
        <translation>--png-size : LARGEURxHAUTEUR en pixels attendu, chacune de %1 à %2 (p. ex. 1600x2000), reçu %3</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="83"/>
        <source>Write the result table, one row per output step (&apos;-&apos;: standard output).</source>
        <translation>Écrit le tableau des résultats, une ligne par pas de sortie (« - » : sortie standard).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="85"/>
        <source>Write the plots as a PNG image.</source>
        <translation>Écrit les graphiques en image PNG.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="86"/>
        <source>Write the plots as a PDF.</source>
        <translation>Écrit les graphiques en PDF.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="87"/>
        <source>Simulate N virtual patients (1 to %1): medians with 5th-95th percentiles, probabilities as cohort means.</source>
        <translation>Simule N patients virtuels (de 1 à %1) : médianes avec 5e–95e percentiles, probabilités en moyennes de cohorte.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="90"/>
        <source>Random seed of the cohort (default 1).</source>
        <translation>Graine aléatoire de la cohorte (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="91"/>
        <source>With --cohort: one row per virtual patient (sampled variation and outcomes; &apos;-&apos;: standard output).</source>
        <translation>Avec --cohort : une ligne par patient virtuel (variation tirée et résultats ; « - » : sortie standard).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="94"/>
        <source>With --cohort N: only virtual patient K (0 to N-1) of that cohort, with all its curves (the one Show a Patient draws).</source>
        <translation>Avec --cohort N : seulement le patient virtuel K (0 à N-1) de cette cohorte, avec toutes ses courbes (celui que trace Montrer un patient).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="97"/>
        <source>Output step in days (default 1). The printed summary is measured on the daily grid whatever the step.</source>
        <translation>Pas de sortie en jours (1 par défaut). Le résumé affiché est mesuré sur la grille journalière quel que soit le pas.</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="100"/>
        <source>Size of the PNG in pixels (default 1600x2000).</source>
        <translation>Taille du PNG en pixels (1600x2000 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="119"/>
        <source>--%1: &apos;-&apos; (standard output) is for CSV tables only; give a file name for the image</source>
        <translation>--%1 : « - » (sortie standard) est réservé aux tableaux CSV ; donnez un nom de fichier pour l’image</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="132"/>
        <source>--patients-csv: needs --cohort N (it has one row per virtual patient)</source>
        <translation>--patients-csv : nécessite --cohort N (une ligne par patient virtuel)</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="139"/>
        <source>--patient: needs --cohort N (it picks one of the cohort&apos;s patients)</source>
        <translation>--patient : nécessite --cohort N (il choisit un des patients de la cohorte)</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="143"/>
        <source>--patient: expected a whole number from 0 to %1, got %2</source>
        <translation>--patient : nombre entier de 0 à %1 attendu, reçu %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="149"/>
        <source>--patients-csv: not with --patient (one patient has no cohort table)</source>
        <translation>--patients-csv : pas avec --patient (un seul patient n&apos;a pas de table de cohorte)</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="160"/>
        <source>lymphoscope-cli: note: --seed has no effect without --cohort</source>
        <translation>lymphoscope-cli : remarque : --seed n&apos;a pas d&apos;effet sans --cohort</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="174"/>
        <source>lymphoscope-cli: note: --png-size has no effect without --png</source>
        <translation>lymphoscope-cli : remarque : --png-size n&apos;a pas d&apos;effet sans --png</translation>
    </message>
</context>
<context>
    <name>SimulationErrorText</name>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="20"/>
        <source>naive B cells</source>
        <comment>within a sentence</comment>
        <translation>lymphocytes B naïfs</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="21"/>
        <source>memory B cells</source>
        <comment>within a sentence</comment>
        <translation>lymphocytes B mémoire</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="22"/>
        <source>naive CD4 T cells</source>
        <comment>within a sentence</comment>
        <translation>lymphocytes T CD4 naïfs</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="23"/>
        <source>memory CD4 T cells</source>
        <comment>within a sentence</comment>
        <translation>lymphocytes T CD4 mémoire</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="24"/>
        <source>CD8 T cells</source>
        <comment>within a sentence</comment>
        <translation>lymphocytes T CD8</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="25"/>
        <source>NK cells</source>
        <comment>within a sentence</comment>
        <translation>cellules NK</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="37"/>
        <source>the scenario is not valid:
%1</source>
        <translation>le scénario n’est pas valide :
%1</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="42"/>
        <source>the output step must be a positive number of days</source>
        <translation>le pas de sortie doit être un nombre positif de jours</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="46"/>
        <source>an output step of %1 days over %2 days gives more than %3 rows; choose a larger step</source>
        <translation>un pas de sortie de %1 jours sur %2 jours donne plus de %3 lignes ; choisissez un pas plus grand</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="53"/>
        <source>the solver&apos;s tolerances must be positive</source>
        <translation>les tolérances du solveur doivent être positives</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="57"/>
        <source>with these model parameters the source of %1 (thymus or conversion, scaled by age) exceeds their turnover, so untreated counts would drift upwards: lower the source or raise the death rate</source>
        <translation>avec ces paramètres du modèle, l’apport de %1 (par le thymus ou par conversion, ajusté à l’âge) dépasse leur renouvellement, si bien que les numérations sans traitement dériveraient vers le haut : réduisez l’apport ou augmentez le taux de mort</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="65"/>
        <source>the solver needed more than %1 evaluations of the model by day %2; the patient&apos;s parameters make it too stiff to simulate</source>
        <translation>le solveur a eu besoin de plus de %1 évaluations du modèle avant le jour %2 ; les paramètres du patient le rendent trop raide à simuler</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="72"/>
        <source>internal error: the solver&apos;s step size fell to zero on day %1</source>
        <translation>erreur interne : le pas du solveur est tombé à zéro au jour %1</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="78"/>
        <source>internal error: state %1 became non-finite on day %2</source>
        <translation>erreur interne : l’état %1 est devenu non fini au jour %2</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="84"/>
        <source>the correlations of the cohort variation (iiv_corr_*) do not form a valid correlation matrix</source>
        <translation>les corrélations de la variabilité de la cohorte (iiv_corr_*) ne forment pas une matrice de corrélation valide</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="89"/>
        <source>the cohort size must be between 1 and %1, not %2</source>
        <translation>la taille de la cohorte doit être comprise entre 1 et %1, et non %2</translation>
    </message>
    <message>
        <location filename="../ui/SimulationErrorText.cpp" line="94"/>
        <source>not enough memory for %1 patients × %2 days</source>
        <translation>mémoire insuffisante pour %1 patients × %2 jours</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="48"/>
        <source>Lymphoscope is for exploration and education; it does not predict an individual patient&apos;s course.</source>
        <translation>Lymphoscope sert à l&apos;exploration et à l&apos;enseignement ; il ne prédit pas l&apos;évolution d&apos;un patient donné.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="55"/>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="77"/>
        <source>Typical patient over %1 days (%2 years).</source>
        <translation>Patient type sur %1 jours (%2 ans).</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="57"/>
        <source>Virtual cohort of %1 patients (seed %2) over %3 days: counts and months are medians across the patients (5th–95th percentile); probabilities are cohort means.</source>
        <translation>Cohorte virtuelle de %1 patients (graine %2) sur %3 jours : numérations et mois sont des médianes entre les patients (5e–95e percentile) ; les probabilités sont des moyennes de cohorte.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="65"/>
        <source>Virtual patient %1 of the cohort of %2 (seed %3) over %4 days.</source>
        <translation>Patient virtuel %1 de la cohorte de %2 (graine %3) sur %4 jours.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="72"/>
        <source>This patient (the scenario&apos;s own patient factors) over %1 days (%2 years).</source>
        <translation>Ce patient (les facteurs patient propres au scénario) sur %1 jours (%2 ans).</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="95"/>
        <source>%1 by year %2</source>
        <translation>%1 à l’année %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="99"/>
        <source>%1 by day %2</source>
        <translation>%1 au jour %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="101"/>
        <source>P(≥1 relapse since day 0): %1</source>
        <translation>P(≥1 poussée depuis le jour 0) : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="122"/>
        <source>ever binding-positive in %1 of the cohort</source>
        <translation>positifs pour les anticorps liants chez %1 de la cohorte</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="124"/>
        <source>, neutralising in %1</source>
        <translation>, neutralisants chez %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="127"/>
        <source>binding-positive from day %1</source>
        <translation>positif pour les anticorps liants dès le jour %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="132"/>
        <source> to the end</source>
        <translation> jusqu&apos;à la fin</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="134"/>
        <source> to day %1</source>
        <translation> jusqu&apos;au jour %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SummaryPrinter.cpp" line="136"/>
        <source> (%n separate periods)</source>
        <translation>
            <numerusform> (%n période distincte)</numerusform>
            <numerusform> (%n périodes distinctes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="138"/>
        <source>, neutralising from day %1</source>
        <translation>, neutralisants dès le jour %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="140"/>
        <source>, never neutralising</source>
        <translation>, jamais neutralisants</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="142"/>
        <source>never binding-positive</source>
        <translation>jamais positif pour les anticorps liants</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="144"/>
        <source>ADA against %1: %2</source>
        <translation>ADA contre %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="151"/>
        <source>P(≥1 secondary autoimmune event) by day %1: %2</source>
        <translation>P(≥1 événement auto-immun secondaire) au jour %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="167"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="173"/>
        <source>Months with lymphocytes &lt; 500/µL: none</source>
        <translation>Mois avec lymphocytes &lt; 500/µL : aucun</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="175"/>
        <source>Months with lymphocytes &lt; 500/µL: %1</source>
        <translation>Mois avec lymphocytes &lt; 500/µL : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="178"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (one period)</source>
        <translation>Mois avec lymphocytes &lt; 500/µL : %1 (une période)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="180"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (%2 separate periods)</source>
        <translation>Mois avec lymphocytes &lt; 500/µL : %1 (%2 périodes distinctes)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="185"/>
        <source>; &lt; 200/µL: %1</source>
        <translation> ; &lt; 200/µL : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="188"/>
        <source>Months with neutrophils &lt; 500/µL: %1</source>
        <translation>Mois avec neutrophiles &lt; 500/µL : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="194"/>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="198"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="202"/>
        <source>%1 (%2 patients)</source>
        <translation>%1 (%2 patients)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="207"/>
        <source>%1 (%2×%3 px)</source>
        <translation>%1 (%2×%3 px)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="214"/>
        <source>Wrote %1</source>
        <translation>Écrits : %1</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="115"/>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="116"/>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="117"/>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="93"/>
        <source>Time since day 0</source>
        <translation>Temps depuis le jour 0</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePainter.cpp" line="334"/>
        <source>Drag a therapy from the palette onto the timeline</source>
        <translation>Faites glisser une thérapie de la palette sur la frise chronologique</translation>
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
        <translation>alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="49"/>
        <source>ocrelizumab</source>
        <comment>in running text</comment>
        <translation>ocrelizumab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="51"/>
        <source>rituximab</source>
        <comment>in running text</comment>
        <translation>rituximab</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="53"/>
        <source>fingolimod</source>
        <comment>in running text</comment>
        <translation>fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="63"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="65"/>
        <source>%1 (reinfusion)</source>
        <translation>%1 (réinjection)</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="81"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="97"/>
        <source>%1 × %2 mg</source>
        <translation>%1 × %2 mg</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="104"/>
        <source>%1 mg in %2 infusions</source>
        <translation>%1 mg en %2 perfusions</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="120"/>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="121"/>
        <source>days %1–%2</source>
        <translation>jours %1–%2</translation>
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
        <translation>Vérifie un scénario et liste chaque problème avec son emplacement.</translation>
    </message>
    <message>
        <location filename="../app/ValidateCommand.cpp" line="23"/>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
</context>
<context>
    <name>ValidationPlots</name>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="124"/>
        <source>typical patient</source>
        <translation>patient type</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="125"/>
        <source>cohort median</source>
        <translation>médiane de la cohorte</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="126"/>
        <source>cohort mean</source>
        <translation>moyenne de la cohorte</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="138"/>
        <source>model (%1)</source>
        <translation>modèle (%1)</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="157"/>
        <source>published (accepted interval)</source>
        <translation>publié (intervalle accepté)</translation>
    </message>
    <message>
        <location filename="../app/ValidationPlots.cpp" line="163"/>
        <source>months since day 0</source>
        <translation>mois depuis le jour 0</translation>
    </message>
</context>
<context>
    <name>lymph::Autosaver</name>
    <message>
        <location filename="../ui/Autosaver.cpp" line="179"/>
        <source>The autosave folder %1 cannot be created.</source>
        <translation>Le dossier de sauvegarde automatique %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="185"/>
        <source>The autosave folder %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire dans le dossier de sauvegarde automatique %1.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="191"/>
        <source>Autosave failed: something that is not a file is in the way in %1.</source>
        <translation>L’enregistrement automatique a échoué : dans %1, quelque chose qui n’est pas un fichier gêne.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="198"/>
        <location filename="../ui/Autosaver.cpp" line="212"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
</context>
<context>
    <name>lymph::ComparisonPanel</name>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="64"/>
        <source>Pin the current plan, then change it or open another; double-click a name to change it.</source>
        <translation>Épinglez le plan actuel, puis modifiez-le ou ouvrez-en un autre ; double-cliquez sur un nom pour le changer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="72"/>
        <source>Plans compared</source>
        <translation>Plans comparés</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="81"/>
        <source>Pin current plan</source>
        <translation>Épingler le plan actuel</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="82"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="83"/>
        <source>Remove the chosen pinned plan</source>
        <translation>Retirer le plan épinglé choisi</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="87"/>
        <source>Add “No further treatment”</source>
        <translation>Ajouter « Aucun autre traitement »</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="88"/>
        <source>Compare with the current plan stopped before its last step</source>
        <translation>Comparer avec le plan actuel arrêté avant sa dernière étape</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="92"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="106"/>
        <source>Outcomes of the plans in 100 people</source>
        <translation>Résultats des plans chez 100 personnes</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="123"/>
        <source>Details for clinicians (typical patient)</source>
        <translation>Détails cliniques (patient type)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="324"/>
        <source>The plans part less than a year before one of them ends: no figures.</source>
        <translation>Les plans diffèrent moins d’un an avant la fin de l’un d’eux : pas de chiffres.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="326"/>
        <source>A plan is simulated for less than a year: no figures.</source>
        <translation>Un plan est simulé sur moins d’un an : aucun chiffre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="328"/>
        <source>People out of 100 %1 (the plans are the same until then), with the range in groups of 100:</source>
        <comment>%1: within 3 years from month 29</comment>
        <translation>Personnes sur 100 %1 (les plans sont identiques jusque-là), avec la fourchette dans des groupes de 100 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="333"/>
        <source>People out of 100 %1, with the range in groups of 100:</source>
        <comment>%1: within 5 years</comment>
        <translation>Personnes sur 100 %1, avec la fourchette dans des groupes de 100 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="354"/>
        <source>Current − %1</source>
        <translation>Actuel − %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="356"/>
        <source>Difference: %1 minus %2</source>
        <translation>Différence : %1 moins %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="362"/>
        <source>A possible harm of the plans</source>
        <translation>Un effet indésirable possible des plans</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="363"/>
        <source>What the plans are meant to prevent</source>
        <translation>Ce que les plans doivent prévenir</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="373"/>
        <source>Being computed from a virtual cohort</source>
        <translation>En cours de calcul à partir d’une cohorte virtuelle</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="376"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="419"/>
        <source>The current plan (solid lines)</source>
        <translation>Le plan actuel (lignes pleines)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="425"/>
        <source>%1: %2 (marked %1 on the plots)</source>
        <translation>%1 : %2 (marqué %1 sur les graphiques)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="430"/>
        <source>At most %1 plans can be pinned.</source>
        <translation>Au plus %1 plans peuvent être épinglés.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="431"/>
        <source>Keep the current results for comparison.</source>
        <translation>Conserver les résultats actuels pour comparaison.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="346"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
</context>
<context>
    <name>lymph::DockLayout</name>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="26"/>
        <source>Therapies</source>
        <translation>Thérapies</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="28"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="30"/>
        <source>Selected treatment</source>
        <translation>Traitement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="32"/>
        <source>Compare plans</source>
        <translation>Comparer des plans</translation>
    </message>
    <message>
        <location filename="../ui/window/DockLayout.cpp" line="34"/>
        <source>Lab Results</source>
        <translation>Résultats de laboratoire</translation>
    </message>
</context>
<context>
    <name>lymph::EducationPlot</name>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="46"/>
        <source>Simplified plots for patients</source>
        <translation>Graphiques simplifiés pour les patients</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="197"/>
        <source>Immune cells in the blood (100 % = their usual level)</source>
        <translation>Cellules immunitaires dans le sang (100 % = leur niveau habituel)</translation>
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
        <translation>toutes les cellules immunitaires (lymphocytes)</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="208"/>
        <source>lower limit of normal</source>
        <translation>limite inférieure de la normale</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="211"/>
        <source>CD4 T cells</source>
        <translation>lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="212"/>
        <source>B cells</source>
        <translation>lymphocytes B</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="230"/>
        <source>Chance of at least one relapse</source>
        <translation>Probabilité d&apos;au moins une poussée</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="235"/>
        <source>chance of a relapse so far</source>
        <translation>probabilité d&apos;une poussée jusqu&apos;à ce moment</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="241"/>
        <source>When to take extra care</source>
        <translation>Quand redoubler de prudence</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="250"/>
        <source>chance of a new autoimmune illness</source>
        <translation>probabilité d&apos;une nouvelle maladie auto-immune</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="279"/>
        <source>infections more likely</source>
        <translation>infections plus probables</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="307"/>
        <source>Years from the start of the plan</source>
        <translation>Années depuis le début du plan</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="308"/>
        <source>Months from the start of the plan</source>
        <translation>Mois depuis le début du plan</translation>
    </message>
</context>
<context>
    <name>lymph::EducationView</name>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="52"/>
        <location filename="../ui/education/EducationView.cpp" line="248"/>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="54"/>
        <source>Play or pause the months</source>
        <translation>Faire défiler les mois ou mettre en pause</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="57"/>
        <source>Month being explained</source>
        <translation>Mois expliqué</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="59"/>
        <source>Show cell types</source>
        <translation>Afficher les types de cellules</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="102"/>
        <source>What the simulation shows, in plain words</source>
        <translation>Ce que montre la simulation, en termes simples</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="113"/>
        <source>A simulation for explaining and exploring, not a prediction for you: your own course can be different.</source>
        <translation>Une simulation pour expliquer et explorer, pas une prédiction pour vous : votre propre évolution peut être différente.</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="207"/>
        <source>immune cells at %1 % of their usual level</source>
        <translation>cellules immunitaires à %1 % de leur niveau habituel</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="217"/>
        <source>chance of a relapse so far less than 1 in 100</source>
        <translation>probabilité d&apos;une poussée jusqu&apos;ici : moins de 1 sur 100</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="218"/>
        <source>chance of a relapse so far about %1 in 100</source>
        <translation>probabilité d&apos;une poussée jusqu&apos;ici : environ %1 sur 100</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="224"/>
        <source>infections more likely now</source>
        <translation>infections plus probables en ce moment</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="228"/>
        <source>Month %1: %2.</source>
        <translation>Mois %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="230"/>
        <source>; </source>
        <comment>between the month&apos;s facts (French writes a space before it)</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="241"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="283"/>
        <source>Press Play to walk through the months, or drag the slider.</source>
        <translation>Appuyez sur « Lecture » pour parcourir les mois, ou faites glisser le curseur.</translation>
    </message>
</context>
<context>
    <name>lymph::IconArray</name>
    <message>
        <location filename="../ui/decision/IconArray.cpp" line="18"/>
        <source>%1 of 100 figures filled</source>
        <translation>%1 figures pleines sur 100</translation>
    </message>
</context>
<context>
    <name>lymph::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>For exploration and education — not a clinical prediction.</source>
        <translation>Pour l&apos;exploration et l&apos;enseignement — pas une prédiction clinique.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source> Not autosaved: unsaved work has no safety copy (retrying) </source>
        <translation> Non enregistré automatiquement : le travail non enregistré n’a pas de copie de secours (nouvel essai en cours) </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>Preview: cohort of %1 patients; the full cohort follows when you pause</source>
        <translation>Aperçu : cohorte de %1 patients ; la cohorte complète suit quand vous faites une pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="465"/>
        <source>Virtual cohort of %1 patients: medians with 5–95 % bands</source>
        <translation>Cohorte virtuelle de %1 patients : médianes avec bandes de 5–95 %</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <source>Day %1 · month %2 · year %3</source>
        <translation>Jour %1 · mois %2 · année %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>About Lymphoscope</source>
        <translation>À propos de Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&lt;p&gt;&lt;b&gt;Lymphoscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explore simulated blood lymphocytes, drug levels, anti-drug antibodies and relapse risk after alemtuzumab and the therapies that may follow it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For exploration and education, not a clinical prediction.&lt;/b&gt; The model is calibrated to published group averages; it does not know your patient.&lt;/p&gt;&lt;p&gt;Every model number and its source: Help → Model Parameters and Sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lymphoscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explorez les lymphocytes sanguins simulés, les concentrations de médicament, les anticorps anti-médicament et le risque de poussée après l&apos;alemtuzumab et les traitements qui peuvent lui succéder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pour l&apos;exploration et l&apos;enseignement, pas une prédiction clinique.&lt;/b&gt; Le modèle est calibré sur des moyennes de groupe publiées ; il ne connaît pas votre patient.&lt;/p&gt;&lt;p&gt;Chaque valeur du modèle et sa source : Aide → Paramètres du modèle et sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>Simulating…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>%1[*] — Lymphoscope</source>
        <translation>%1[*] — Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="468"/>
        <source>Simulation up to date</source>
        <translation>Simulation à jour</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>The simulation could not run:
%1</source>
        <translation>La simulation n&apos;a pas pu être exécutée :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Simulation failed</source>
        <translation>Échec de la simulation</translation>
    </message>
</context>
<context>
    <name>lymph::MeasurementsPanel</name>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="68"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="72"/>
        <source>The patient&apos;s lab results</source>
        <translation>Les résultats de laboratoire du patient</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="76"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="77"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="78"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="79"/>
        <source>Add a result after the last one</source>
        <translation>Ajouter un résultat après le dernier</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="80"/>
        <source>Paste rows of day, quantity and value from a spreadsheet</source>
        <translation>Coller des lignes jour, grandeur et valeur depuis un tableur</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="86"/>
        <source>Personalise: fit the model to these results</source>
        <translation>Personnaliser : ajuster à ces résultats</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="87"/>
        <source>Shows the forecast fitted to the patient&apos;s results, with its 90% credible bands, beside the population&apos;s curves</source>
        <translation>Montre la prévision ajustée aux résultats du patient, avec ses bandes de crédibilité à 90 %, à côté des courbes de la population</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="166"/>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="176"/>
        <source>Edit Lab Result</source>
        <translation>Modifier un résultat de laboratoire</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="189"/>
        <source>Add Lab Result</source>
        <translation>Ajouter un résultat de laboratoire</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="205"/>
        <source>Delete Lab Results</source>
        <translation>Supprimer des résultats de laboratoire</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="226"/>
        <source>Paste Lab Results</source>
        <translation>Coller des résultats de laboratoire</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="232"/>
        <source>Fitted to %n result(s) (population as the prior).</source>
        <translation>
            <numerusform>Ajusté à %n résultat (population comme a priori).</numerusform>
            <numerusform>Ajusté à %n résultats (population comme a priori).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="236"/>
        <source>%1 %2 (90%: %3–%4)</source>
        <translation>%1 %2 (90 % : %3–%4)</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="242"/>
        <source>Moved by the results: %1</source>
        <translation>Modifiés par les résultats : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="244"/>
        <source>Not informed by them: %1</source>
        <translation>Non renseignés par eux : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="248"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="253"/>
        <source>Residuals (RMS, about 1 expected): %1</source>
        <translation>Résidus (RMS, environ 1 attendu) : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MeasurementsPanel.cpp" line="259"/>
        <source>No personalised forecast: %1</source>
        <translation>Pas de prévision personnalisée : %1</translation>
    </message>
</context>
<context>
    <name>lymph::OutcomeIconArrays</name>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="49"/>
        <source>In 100 people like you</source>
        <translation>Chez 100 personnes comme vous</translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="64"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location filename="../ui/decision/OutcomeIconArrays.cpp" line="68"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;being computed…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;calcul en cours…</translation>
    </message>
</context>
<context>
    <name>lymph::OutcomeTable</name>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="26"/>
        <source>Outcome figures</source>
        <translation>Indicateurs de résultats</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="55"/>
        <source>P(relapse) by 2 years</source>
        <translation>P(poussée) à 2 ans</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="56"/>
        <source>P(relapse) by 5 years</source>
        <translation>P(poussée) à 5 ans</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="57"/>
        <source>Months CD4 &lt; LLN</source>
        <translation>Mois CD4 &lt; LIN</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="58"/>
        <source>Months lymphocytes &lt; LLN</source>
        <translation>Mois lymphocytes &lt; LIN</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="59"/>
        <source>Peak ADA titre</source>
        <translation>Titre maximal d&apos;ADA</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="60"/>
        <source>P(autoimmunity) by 6 years</source>
        <translation>P(auto-immunité) à 6 ans</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="69"/>
        <source>Chance of a relapse within 2 years</source>
        <translation>Risque d’une poussée dans les 2 ans</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="70"/>
        <source>Chance of a relapse within 5 years</source>
        <translation>Risque d’une poussée dans les 5 ans</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="71"/>
        <source>Months with CD4 T cells below normal</source>
        <translation>Mois avec des lymphocytes T CD4 sous la normale</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="72"/>
        <source>Months with immune cells below normal</source>
        <translation>Mois avec des cellules immunitaires sous la normale</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="73"/>
        <source>Highest level of antibodies against the drug</source>
        <translation>Niveau le plus élevé d’anticorps contre le médicament</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="74"/>
        <source>Chance of a new autoimmune illness within 6 years</source>
        <translation>Risque d’une nouvelle maladie auto-immune dans les 6 ans</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="32"/>
        <source>Months with CD4 T cells below the lower limit of normal (%1/µL)</source>
        <translation>Mois avec lymphocytes T CD4 sous la limite inférieure de la normale (%1/µL)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="35"/>
        <source>Months with total lymphocytes below the lower limit of normal (%1/µL)</source>
        <translation>Mois avec lymphocytes totaux sous la limite inférieure de la normale (%1/µL)</translation>
    </message>
    <message>
        <location filename="../ui/panels/OutcomeTable.cpp" line="38"/>
        <source>Highest anti-drug antibody titre against any of the scenario&apos;s antibody drugs (positive from %1)</source>
        <translation>Titre le plus élevé d&apos;anticorps anti-médicament contre l&apos;un des médicaments à base d&apos;anticorps du scénario (positif à partir de %1)</translation>
    </message>
</context>
<context>
    <name>lymph::ParameterSourcesDialog</name>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="17"/>
        <source>Model parameters and sources</source>
        <translation>Paramètres du modèle et sources</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="22"/>
        <source>Every number the simulation uses, with its unit and where it comes from. “fitted (T#)” names the calibration target in the model documentation it was fitted to; “assumption” marks a value chosen without a direct source.</source>
        <translation>Chaque valeur utilisée par la simulation, avec son unité et sa provenance. « fitted (T#) » désigne la cible de calibration de la documentation du modèle sur laquelle la valeur a été ajustée ; « assumption » signale une valeur choisie sans source directe.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="29"/>
        <source>Filter by name, source or note…</source>
        <translation>Filtrer par nom, source ou remarque…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="31"/>
        <source>Filter parameters</source>
        <translation>Filtrer les paramètres</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Allowed range</source>
        <translation>Plage autorisée</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="37"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParameterSourcesDialog.cpp" line="49"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
</context>
<context>
    <name>lymph::PatientPanel</name>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="50"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="50"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="51"/>
        <source>Body weight; scales antibody volumes of distribution.</source>
        <translation>Poids corporel ; ajuste les volumes de distribution des anticorps.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="52"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="52"/>
        <location filename="../ui/panels/PatientPanel.cpp" line="79"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="53"/>
        <source>Age; lowers thymic output and T-cell recovery.</source>
        <translation>Âge ; diminue la production thymique et la reconstitution des lymphocytes T.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="54"/>
        <source>Untreated relapses</source>
        <translation>Poussées sans traitement</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="55"/>
        <source> per year</source>
        <translation> par an</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="56"/>
        <source>Annual relapse rate without treatment, as in the placebo arms of trials.</source>
        <translation>Taux annualisé de poussées sans traitement, comme dans les bras placebo des essais.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="100"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="127"/>
        <source>Not changed: %1 %2%3 is outside %4 to %5%3.</source>
        <translation>Non modifié : %1 %2%3 est hors de l’intervalle %4 à %5%3.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="57"/>
        <source>ADA propensity</source>
        <translation>Propension aux ADA</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="59"/>
        <source>Multiplies the typical anti-drug antibody response: 0 never forms ADA, 1 is typical, 3 a strong responder.</source>
        <translation>Multiplie la réponse typique en anticorps anti-médicament : 0 ne forme jamais d&apos;ADA, 1 est typique, 3 un fort répondeur.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="84"/>
        <source>How long to simulate from day 0.</source>
        <translation>Durée à simuler à partir du jour 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="82"/>
        <location filename="../ui/panels/PatientPanel.cpp" line="85"/>
        <source>Simulated time</source>
        <translation>Durée simulée</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="86"/>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
</context>
<context>
    <name>lymph::PlotStackWidget</name>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="47"/>
        <source>Simulating…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="120"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="125"/>
        <source>population</source>
        <translation>population</translation>
    </message>
</context>
<context>
    <name>lymph::ResultPlot</name>
    <message>
        <location filename="../ui/plot/ResultPlot.cpp" line="33"/>
        <source>Result plots</source>
        <translation>Graphiques des résultats</translation>
    </message>
    <message>
        <location filename="../ui/plot/ResultPlot.cpp" line="34"/>
        <source>Drug levels, lymphocyte subsets, anti-drug antibodies, relapse and autoimmunity over time. The status bar and the comparison table give the figures in words.</source>
        <translation>Taux de médicament, sous-populations lymphocytaires, anticorps anti-médicament, poussées et auto-immunité au fil du temps. La barre d&apos;état et le tableau de comparaison donnent les valeurs en mots.</translation>
    </message>
</context>
<context>
    <name>lymph::SampledPatientRunner</name>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="31"/>
        <source>never forms ADA</source>
        <translation>ne forme jamais d&apos;ADA</translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="32"/>
        <source>strong ADA responder</source>
        <translation>fort répondeur ADA</translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="33"/>
        <source>typical ADA response</source>
        <translation>réponse ADA typique</translation>
    </message>
    <message>
        <location filename="../ui/window/SampledPatientRunner.cpp" line="34"/>
        <source>patient %1 of the cohort (%2)</source>
        <translation>patient %1 de la cohorte (%2)</translation>
    </message>
</context>
<context>
    <name>lymph::ScheduleDocument</name>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="42"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="98"/>
        <source>%1: the scenario could not be read</source>
        <translation>%1 : le scénario n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="119"/>
        <source>The scenario has no file yet; choose one with Save As.</source>
        <translation>Le scénario n&apos;a pas encore de fichier ; choisissez-en un avec Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="129"/>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="186"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="187"/>
        <source>Not saved: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Non enregistré : %1 (et %n autre problème)</numerusform>
            <numerusform>Non enregistré : %1 (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="264"/>
        <location filename="../ui/ScheduleDocument.cpp" line="437"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="299"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="310"/>
        <location filename="../ui/ScheduleDocument.cpp" line="323"/>
        <source>Move %n treatment(s)</source>
        <translation>
            <numerusform>Déplacer %n traitement</numerusform>
            <numerusform>Déplacer %n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="338"/>
        <source>Delete %n treatment(s)</source>
        <translation>
            <numerusform>Supprimer %n traitement</numerusform>
            <numerusform>Supprimer %n traitements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="352"/>
        <source>Not duplicated: there is no room for a copy of %1 before the end of the simulated time.</source>
        <translation>Non dupliqué : pas de place pour une copie de %1 avant la fin de la durée simulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScheduleDocument.cpp" line="359"/>
        <source>Duplicate %n treatment(s)</source>
        <translation>
            <numerusform>Dupliquer %n traitement</numerusform>
            <numerusform>Dupliquer %n traitements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="369"/>
        <source>Only an antibody course with several infusions can be split.</source>
        <translation>Seule une cure d&apos;anticorps comportant plusieurs perfusions peut être divisée.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="371"/>
        <source>Split into single infusions</source>
        <translation>Diviser en perfusions individuelles</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="384"/>
        <source>Change the end of %1</source>
        <translation>Modifier la fin de %1</translation>
    </message>
</context>
<context>
    <name>lymph::TherapyPalette</name>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="18"/>
        <source>Therapy palette</source>
        <translation>Palette des thérapies</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="32"/>
        <source>%1
Drag onto the timeline, or press Enter to add it after the last treatment.
Source: %2</source>
        <translation>%1
Faites-la glisser sur la frise chronologique ou appuyez sur Entrée pour l&apos;ajouter après le dernier traitement.
Source : %2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="52"/>
        <source>Alemtuzumab, course 1</source>
        <translation>Alemtuzumab, 1re cure</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="53"/>
        <source>Alemtuzumab, later course</source>
        <translation>Alemtuzumab, cure ultérieure</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="54"/>
        <source>Ocrelizumab, start</source>
        <translation>Ocrelizumab, dose initiale</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="55"/>
        <source>Ocrelizumab, maintenance dose</source>
        <translation>Ocrelizumab, dose d&apos;entretien</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="56"/>
        <source>Rituximab</source>
        <translation>Rituximab</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="57"/>
        <source>Fingolimod period</source>
        <translation>Période de fingolimod</translation>
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
            <numerusform>%1 mg par jour pendant %n jour</numerusform>
            <numerusform>%1 mg par jour pendant %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="75"/>
        <source>%n conditioning day(s), then reinfusion</source>
        <translation>
            <numerusform>%n jour de conditionnement, puis réinjection</numerusform>
            <numerusform>%n jours de conditionnement, puis réinjection</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="85"/>
        <source>%1 mg once</source>
        <translation>%1 mg en dose unique</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TherapyPalette.cpp" line="89"/>
        <source>%1 mg a day for %n day(s)</source>
        <translation>
            <numerusform>%1 mg/jour pendant %n jour</numerusform>
            <numerusform>%1 mg/jour pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="91"/>
        <source>%1 mg on days %2</source>
        <translation>%1 mg aux jours %2</translation>
    </message>
</context>
<context>
    <name>lymph::TimelineBar</name>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="52"/>
        <source>Treatment timeline</source>
        <translation>Chronologie des traitements</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="56"/>
        <source>Drag therapies from the palette onto the timeline; drag blocks to move them, their right edge to change a period&apos;s end.</source>
        <translation>Faites glisser des thérapies de la palette vers la chronologie ; faites glisser les blocs pour les déplacer, et leur bord droit pour changer la fin d&apos;une période.</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="60"/>
        <source>Snap to</source>
        <translation>Aligner par</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="62"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="63"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="64"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="65"/>
        <source>Where dragged treatments land. Hold Shift while dragging for no snapping.</source>
        <translation>Où se placent les traitements déplacés. Maintenez Maj enfoncée pendant le glisser pour désactiver l&apos;alignement.</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="67"/>
        <source>Snap dragged treatments to</source>
        <translation>Aligner les traitements déplacés par</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="78"/>
        <source>Typical patient</source>
        <translation>Patient type</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="80"/>
        <source>Cohort: %1</source>
        <comment>a virtual cohort of 1,000 patients</comment>
        <translation>Cohorte : %1</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="83"/>
        <source>A virtual cohort shows how differently patients respond: medians with 5–95 % bands. While you drag, a quick preview of %1 patients is shown first.</source>
        <translation>Une cohorte virtuelle montre à quel point les patients répondent différemment : médianes avec bandes de 5–95 %. Pendant que vous faites glisser, un aperçu rapide de %1 patients s&apos;affiche d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="87"/>
        <source>Simulate the typical patient or a virtual cohort</source>
        <translation>Simuler le patient type ou une cohorte virtuelle</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="93"/>
        <source>Show a Patient</source>
        <translation>Montrer un patient</translation>
    </message>
    <message>
        <location filename="../ui/window/TimelineBar.cpp" line="94"/>
        <source>Draw one virtual patient of the cohort over its medians; press again for another.</source>
        <translation>Trace un patient virtuel de la cohorte par-dessus ses médianes ; appuyez à nouveau pour un autre.</translation>
    </message>
</context>
<context>
    <name>lymph::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="32"/>
        <source>Treatment timeline</source>
        <translation>Frise chronologique des traitements</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="34"/>
        <source>One lane per therapy. Arrow keys move the selected treatments by a day (with Shift by a week), Alt+arrow selects the previous or next treatment, Delete removes, Ctrl+D duplicates, Ctrl+A selects all, plus and minus zoom.</source>
        <translation>Une ligne par thérapie. Les touches fléchées déplacent les traitements sélectionnés d&apos;un jour (avec Maj, d&apos;une semaine), Alt+flèche sélectionne le traitement précédent ou suivant, Suppr supprime, Ctrl+D duplique, Ctrl+A sélectionne tout, plus et moins règlent le zoom.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="171"/>
        <source>Treatment timeline, nothing selected</source>
        <translation>Frise chronologique des traitements, aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="172"/>
        <source>Treatment timeline, selected: %1</source>
        <translation>Frise chronologique des traitements, sélection : %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="261"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="262"/>
        <source>&amp;Split into single infusions</source>
        <translation>Di&amp;viser en perfusions individuelles</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="267"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="270"/>
        <source>Show the &amp;whole simulated time</source>
        <translation>A&amp;fficher toute la durée simulée</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="293"/>
        <source>Days: %1</source>
        <translation>Jours : %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="294"/>
        <source>Drag to move (Shift: no snapping).</source>
        <translation>Faites glisser pour déplacer (Maj : sans alignement).</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="296"/>
        <source>Drag the right edge to change the end.</source>
        <translation>Faites glisser le bord droit pour modifier la fin.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="298"/>
        <source>Right-click to split into single infusions.</source>
        <translation>Clic droit pour diviser en perfusions individuelles.</translation>
    </message>
</context>
<context>
    <name>lymph::TreatmentInspector</name>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="106"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="106"/>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="107"/>
        <source>Infusions</source>
        <translation>Perfusions</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="114"/>
        <source>Add infusion</source>
        <translation>Ajouter une perfusion</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="115"/>
        <source>Remove infusion</source>
        <translation>Retirer la perfusion</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="133"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="134"/>
        <source>Stop day</source>
        <translation>Jour d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="135"/>
        <source>Dose (mg/day)</source>
        <translation>Dose (mg/jour)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="136"/>
        <source>First day of fingolimod</source>
        <translation>Premier jour de fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="137"/>
        <source>Stop day of fingolimod</source>
        <translation>Jour d&apos;arrêt de fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="138"/>
        <source>Fingolimod dose in mg per day</source>
        <translation>Dose de fingolimod en mg par jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="156"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="158"/>
        <source>Conditioning regimen</source>
        <translation>Protocole de conditionnement</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="157"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="159"/>
        <source>Stem-cell reinfusion day</source>
        <translation>Jour de réinjection des cellules souches</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="211"/>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/TreatmentInspector.cpp" line="215"/>
        <source>%n treatment(s) selected. Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n traitement sélectionné. Les touches fléchées le déplacent ; Suppr le supprime.</numerusform>
            <numerusform>%n traitements sélectionnés. Les touches fléchées les déplacent ensemble ; Suppr les supprime.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="218"/>
        <source>Select a treatment on the timeline to edit its days and doses, or drag a therapy from the palette onto the timeline.</source>
        <translation>Sélectionnez un traitement sur la frise chronologique pour modifier ses jours et ses doses, ou faites glisser une thérapie de la palette sur la frise chronologique.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="291"/>
        <source>Infusion %1, day: “%2” is not a number</source>
        <translation>Perfusion %1, jour : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="292"/>
        <source>Infusion %1, dose: “%2” is not a number</source>
        <translation>Perfusion %1, dose : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="324"/>
        <source>Nothing is applied until every marked value is corrected; the plan keeps its last valid schedule.</source>
        <translation>Rien n’est appliqué tant que chaque valeur marquée n’est pas corrigée ; le plan garde son dernier calendrier valide.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="344"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="362"/>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>lymph::WindowFiles</name>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="47"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="76"/>
        <source>The scenario could not be opened:
%1</source>
        <translation>Le scénario n&apos;a pas pu être ouvert :
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="95"/>
        <location filename="../ui/WindowFiles.cpp" line="101"/>
        <location filename="../ui/WindowFiles.cpp" line="133"/>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="96"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;JSON files (*.json);;All files (*)</source>
        <translation>Scénarios Lymphoscope (*.lymphoscope.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="111"/>
        <source>Open Example</source>
        <translation>Ouvrir un exemple</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="112"/>
        <source>The example could not be opened:
%1</source>
        <translation>L&apos;exemple n&apos;a pas pu être ouvert :
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="121"/>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="142"/>
        <location filename="../ui/WindowFiles.cpp" line="158"/>
        <source>Save Scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="143"/>
        <source>The scenario could not be saved:
%1</source>
        <translation>Le scénario n&apos;a pas pu être enregistré :
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="147"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="159"/>
        <source>“%1” was changed on disk after you opened it (at %2), by another window or program.</source>
        <translation>« %1 » a été modifié sur le disque après son ouverture (le %2), par une autre fenêtre ou un autre programme.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="165"/>
        <source>Save your plan under another name to keep both, or replace the file on disk.</source>
        <translation>Enregistrez votre plan sous un autre nom pour garder les deux, ou remplacez le fichier sur le disque.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="166"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="168"/>
        <source>&amp;Replace the File</source>
        <translation>&amp;Remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="192"/>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="193"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;All files (*)</source>
        <translation>Scénarios Lymphoscope (*.lymphoscope.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="206"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="207"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>« %1 » contient des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="220"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="221"/>
        <location filename="../ui/WindowFiles.cpp" line="267"/>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="222"/>
        <source>Lymphoscope did not close normally. Unsaved changes to “%1” were kept.</source>
        <translation>Lymphoscope ne s’est pas fermé normalement. Les modifications non enregistrées de « %1 » ont été conservées.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="228"/>
        <source>A new plan that was never saved to a file.</source>
        <translation>Un nouveau plan jamais enregistré dans un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="229"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="230"/>
        <source>Changes kept at: %1</source>
        <translation>Modifications conservées le : %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="233"/>
        <source>File last saved at: %1</source>
        <translation>Fichier enregistré pour la dernière fois le : %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="238"/>
        <source>The file was saved again after these changes were made. Restore them as a copy to keep both; restoring them over the file would replace the newer file when you save.</source>
        <translation>Le fichier a été enregistré à nouveau après ces modifications. Restaurez-les en copie pour garder les deux ; restaurées sur le fichier, elles remplaceraient le fichier plus récent à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="243"/>
        <source>Restore them? They open as unsaved changes; the file on disk is not changed until you save.</source>
        <translation>Les restaurer ? Elles s&apos;ouvrent comme modifications non enregistrées ; le fichier sur le disque n&apos;est pas modifié tant que vous n&apos;enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="248"/>
        <source>Restore as a &amp;Copy</source>
        <translation>Restaurer en &amp;copie</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="251"/>
        <source>Restore over the &amp;File</source>
        <translation>Restaurer sur le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="251"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="253"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="254"/>
        <source>Ask &amp;Later</source>
        <translation>Demander &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="268"/>
        <source>The work could not be restored:
%1</source>
        <translation>Le travail n&apos;a pas pu être restauré :
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="279"/>
        <source>%1 could not be read</source>
        <translation>%1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="301"/>
        <source>the open scenario</source>
        <translation>le scénario ouvert</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="316"/>
        <location filename="../ui/WindowFiles.cpp" line="346"/>
        <location filename="../ui/WindowFiles.cpp" line="421"/>
        <location filename="../ui/WindowFiles.cpp" line="435"/>
        <source>There are no results to export yet.</source>
        <translation>Il n&apos;y a pas encore de résultats à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="332"/>
        <source>unknown image type “.%1”: use .png, .svg or .pdf</source>
        <translation>type d&apos;image inconnu « .%1 » : utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="372"/>
        <source>Counting the outcomes in 1,000 virtual patients for the handout…</source>
        <translation>Décompte des issues chez 1 000 patients virtuels pour la fiche…</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="372"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="445"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="446"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="447"/>
        <location filename="../ui/WindowFiles.cpp" line="466"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="448"/>
        <location filename="../ui/WindowFiles.cpp" line="456"/>
        <source>Export Plots</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="457"/>
        <source>The plots could not be exported:
%1</source>
        <translation>Les graphiques n&apos;ont pas pu être exportés :
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="459"/>
        <location filename="../ui/WindowFiles.cpp" line="478"/>
        <location filename="../ui/WindowFiles.cpp" line="493"/>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="464"/>
        <location filename="../ui/WindowFiles.cpp" line="474"/>
        <source>Export Patient Handout</source>
        <translation>Exporter la fiche d&apos;information patient</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="475"/>
        <source>The handout could not be written:
%1</source>
        <translation>La fiche d&apos;information n&apos;a pas pu être écrite :
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="483"/>
        <location filename="../ui/WindowFiles.cpp" line="490"/>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="485"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="491"/>
        <source>The results could not be exported:
%1</source>
        <translation>Les résultats n&apos;ont pas pu être exportés :
%1</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="504"/>
        <location filename="../ui/WindowFiles.cpp" line="517"/>
        <source>Print Patient Handout</source>
        <translation>Imprimer la fiche d&apos;information patient</translation>
    </message>
    <message>
        <location filename="../ui/WindowFiles.cpp" line="518"/>
        <source>The handout could not be printed:
%1</source>
        <translation>La fiche d&apos;information n&apos;a pas pu être imprimée :
%1</translation>
    </message>
</context>
<context>
    <name>lymph::WindowMenus</name>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="29"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="30"/>
        <source>Model &amp;Parameters and Sources…</source>
        <translation>&amp;Paramètres du modèle et sources…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="32"/>
        <source>&amp;About Lymphoscope</source>
        <translation>À propos de &amp;Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="39"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="45"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="46"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="48"/>
        <source>Open E&amp;xample</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="57"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="58"/>
        <source>&amp;Export</source>
        <translation>Ex&amp;porter</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="59"/>
        <source>Plots as &amp;PNG Image…</source>
        <translation>Graphiques en image &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="61"/>
        <source>Plots as &amp;SVG Drawing…</source>
        <translation>Graphiques en dessin &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="63"/>
        <source>Plots as P&amp;DF…</source>
        <translation>Graphiques en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="65"/>
        <source>Results as &amp;CSV Table…</source>
        <translation>Résultats en tableau &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="67"/>
        <source>Patient &amp;Handout as PDF…</source>
        <translation>&amp;Fiche d&apos;information patient en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="69"/>
        <source>&amp;Print Patient Handout…</source>
        <translation>&amp;Imprimer la fiche d&apos;information patient…</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="83"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="104"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="104"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="106"/>
        <source>S&amp;plit into Single Infusions</source>
        <translation>Di&amp;viser en perfusions individuelles</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="110"/>
        <source>Select &amp;All Treatments</source>
        <translation>Sélectionner &amp;tous les traitements</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="113"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="124"/>
        <source>&amp;Education View</source>
        <translation>&amp;Vue pédagogique</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="126"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="127"/>
        <source>Large, simple pictures and plain words for explaining a plan to a patient</source>
        <translation>Grandes images simples et mots clairs pour expliquer un plan à un patient</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="139"/>
        <source>&amp;Fit All Panels</source>
        <translation>Tout a&amp;juster</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="141"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="142"/>
        <source>Every plot panel in the window&apos;s height, without scrolling</source>
        <translation>Tous les panneaux de graphiques dans la hauteur de la fenêtre, sans défilement</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="145"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="147"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="149"/>
        <source>Show the &amp;Whole Simulated Time</source>
        <translation>A&amp;fficher toute la durée simulée</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="151"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="154"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="157"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="172"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="190"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="197"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../ui/window/WindowMenus.cpp" line="201"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>lymphoscope</name>
    <message>
        <location filename="../app/gui_main.cpp" line="93"/>
        <source>Lymphoscope: explore blood counts after multiple-sclerosis therapies. For exploration and education, not a clinical prediction.</source>
        <translation>Lymphoscope : explorez les numérations sanguines après les traitements de la sclérose en plaques. Pour l&apos;exploration et l&apos;enseignement, pas une prédiction clinique.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="100"/>
        <source>A .lymphoscope.json file or the name of a built-in example (default: %1).</source>
        <translation>Un fichier .lymphoscope.json ou le nom d&apos;un exemple intégré (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="66"/>
        <source>Save a PNG of the window once the simulation has finished, then exit.</source>
        <translation>Enregistre un PNG de la fenêtre une fois la simulation terminée, puis quitte.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="69"/>
        <source>Window size in pixels (default 1366x768).</source>
        <translation>Taille de la fenêtre en pixels (par défaut 1366x768).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="72"/>
        <source>Window theme: system, light or dark.</source>
        <translation>Thème de la fenêtre : system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="75"/>
        <source>Simulate this scenario first and keep it for comparison (up to three times).</source>
        <translation>Simule d&apos;abord ce scénario et le conserve pour comparaison (jusqu&apos;à trois fois).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="78"/>
        <source>Select the N-th treatment (from 1) on the timeline.</source>
        <translation>Sélectionne le N-ième traitement (à partir de 1) sur la frise chronologique.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="81"/>
        <source>Start in the education view (large, simple pictures and plain words for patients).</source>
        <translation>Démarre dans la vue pédagogique (grandes images simples et mots clairs pour les patients).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="84"/>
        <source>In the education view, explain month M.</source>
        <translation>Dans la vue pédagogique, explique le mois M.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="87"/>
        <source>Simulate a virtual cohort of N patients (50, 200 or 1000) instead of the typical patient.</source>
        <translation>Simule une cohorte virtuelle de N patients (50, 200 ou 1000) au lieu du patient type.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="139"/>
        <source>lymphoscope: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session; for --screenshot runs without one, set QT_QPA_PLATFORM=offscreen. lymphoscope-cli runs without a window.</source>
        <translation>lymphoscope : aucun écran où ouvrir une fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Lancez-le dans une session de bureau ; pour les exécutions --screenshot sans écran, définissez QT_QPA_PLATFORM=offscreen. lymphoscope-cli fonctionne sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="174"/>
        <source>Expected at most one scenario, got %1.</source>
        <translation>Au plus un scénario attendu, %1 reçus.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="181"/>
        <source>--size: expected WxH in pixels, e.g. 1920x1080 (400x300 to 8000x8000), got &quot;%1&quot;.</source>
        <translation>--size : LxH en pixels attendu, p. ex. 1920x1080 (de 400x300 à 8000x8000), reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="190"/>
        <source>--screenshot: a file name is required.</source>
        <translation>--screenshot : un nom de fichier est requis.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="199"/>
        <source>--theme: expected system, light or dark, got &quot;%1&quot;.</source>
        <translation>--theme : system, light ou dark attendu, reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="207"/>
        <source>--pin: at most %1 scenarios can be kept for comparison.</source>
        <translation>--pin : au plus %1 scénarios peuvent être conservés pour comparaison.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="217"/>
        <source>--select: expected a treatment number from 1, got &quot;%1&quot;.</source>
        <translation>--select : numéro de traitement attendu à partir de 1, reçu « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui_main.cpp" line="276"/>
        <source>--select: the scenario has only %n treatment(s).</source>
        <translation>
            <numerusform>--select : le scénario n’a que %n traitement.</numerusform>
            <numerusform>--select : le scénario n’a que %n traitements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="301"/>
        <source>--cohort: expected 50, 200 or 1000, got &quot;%1&quot;.</source>
        <translation>--cohort : 50, 200 ou 1000 attendu, reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="309"/>
        <source>--month: only with --education, where the month is explained.</source>
        <translation>--month : seulement avec --education, où le mois est expliqué.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="317"/>
        <source>--month: expected a month from 0, got &quot;%1&quot;.</source>
        <translation>--month : mois attendu à partir de 0, reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="342"/>
        <source>--screenshot: could not draw the window.</source>
        <translation>--screenshot : impossible de dessiner la fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="372"/>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="373"/>
        <source>The scenario could not be opened:
%1</source>
        <translation>Le scénario n&apos;a pas pu être ouvert :
%1</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="362"/>
        <source>--screenshot: the simulation did not finish in time.</source>
        <translation>--screenshot : la simulation ne s&apos;est pas terminée à temps.</translation>
    </message>
</context>
</TS>
