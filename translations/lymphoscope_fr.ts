<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/AddTreatmentCommand.cpp" line="14"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="41"/>
        <source>option %1 is given more than once</source>
        <translation>l&apos;option %1 est indiquée plus d&apos;une fois</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="49"/>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 demande une valeur</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="53"/>
        <source>option %1 needs a value, not an empty text</source>
        <translation>l&apos;option %1 demande une valeur, pas un texte vide</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="59"/>
        <source>option %1 takes no value</source>
        <translation>l&apos;option %1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="73"/>
        <source>unknown option %1: &apos;%2&apos; takes no options</source>
        <translation>option inconnue %1 : &apos;%2&apos; n&apos;a pas d&apos;options</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="75"/>
        <source>unknown option %1 for &apos;%2&apos; (its options are %3)</source>
        <translation>option inconnue %1 pour &apos;%2&apos; (ses options sont %3)</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="78"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="87"/>
        <source>&apos;%1&apos; needs a SCENARIO: a .lymphoscope.json file or the name of a built-in example (see &apos;lymphoscope-cli examples&apos;)</source>
        <translation>&apos;%1&apos; demande un SCENARIO : un fichier .lymphoscope.json ou le nom d&apos;un exemple intégré (voir &apos;lymphoscope-cli examples&apos;)</translation>
    </message>
    <message>
        <location filename="../app/ArgumentParser.cpp" line="93"/>
        <source>&apos;%1&apos; takes one SCENARIO, but %2 were given: %3</source>
        <translation>&apos;%1&apos; accepte un seul SCENARIO, mais %2 ont été indiqués : %3</translation>
    </message>
</context>
<context>
    <name>BloodCountTable</name>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="29"/>
        <source>Lymphocytes</source>
        <translation>Lymphocytes</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="30"/>
        <source>CD4 T cells</source>
        <translation>Lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="31"/>
        <source>CD19 B cells</source>
        <translation>Lymphocytes B CD19</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="32"/>
        <source>Blood counts (cells/µL)</source>
        <translation>Numérations sanguines (cellules/µL)</translation>
    </message>
    <message>
        <location filename="../app/BloodCountTable.cpp" line="34"/>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
</context>
<context>
    <name>CaptionWriter</name>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="28"/>
        <source>In month %1</source>
        <translation>Au mois %1</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="29"/>
        <source>In months %1 to %2</source>
        <translation>Du mois %1 au mois %2</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="39"/>
        <source>%1 are back in the normal range after %2.</source>
        <translation>%1 reviennent à la normale après %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="43"/>
        <source>%1 are still below the normal range in month %2, when the next treatment starts.</source>
        <translation>%1 sont encore en dessous de la normale au mois %2, quand le traitement suivant commence.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="46"/>
        <source>%1 are still below the normal range at the end of the simulation (month %2).</source>
        <translation>%1 sont encore en dessous de la normale à la fin de la simulation (mois %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="57"/>
        <source>about %n week(s)</source>
        <translation>
            <numerusform>environ %n semaine</numerusform>
            <numerusform>environ %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="59"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>environ %n mois</numerusform>
            <numerusform>environ %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/education/CaptionWriter.cpp" line="62"/>
        <source>about %n year(s)</source>
        <translation>
            <numerusform>environ %n an</numerusform>
            <numerusform>environ %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="63"/>
        <source>about %1 years</source>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="69"/>
        <source>Alemtuzumab course %1</source>
        <translation>La cure %1 d&apos;alemtuzumab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="71"/>
        <source>Ocrelizumab</source>
        <translation>Ocrelizumab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="71"/>
        <source>Ocrelizumab (again)</source>
        <translation>Ocrelizumab (à nouveau)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="72"/>
        <source>Rituximab</source>
        <translation>Rituximab</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="72"/>
        <source>Rituximab (again)</source>
        <translation>Rituximab (à nouveau)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="73"/>
        <source>Fingolimod</source>
        <translation>Fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="74"/>
        <source>The stem-cell transplant (aHSCT)</source>
        <translation>La greffe de cellules souches (AHSCT)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="88"/>
        <source>%1 is taken from month %2 to month %3.</source>
        <translation>%1 est pris du mois %2 au mois %3.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="91"/>
        <source>%1 starts in month %2.</source>
        <translation>%1 commence au mois %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="94"/>
        <source>Immune cells in the blood (lymphocytes)</source>
        <translation>Les cellules immunitaires du sang (lymphocytes)</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="95"/>
        <source>B cells</source>
        <translation>Les lymphocytes B</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="95"/>
        <source>CD4 T cells</source>
        <translation>Les lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="101"/>
        <source>The blood counts stay in the normal range.</source>
        <translation>Les valeurs sanguines restent normales.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="107"/>
        <source>%1 immune cells are very low (under 500 per µL): infections are more likely.</source>
        <translation>%1, les cellules immunitaires sont très peu nombreuses (moins de 500 par µL) : les infections sont plus probables.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="112"/>
        <source>%1 the infection-fighting neutrophils are under 500 per µL: infections are much more likely and need quick care.</source>
        <translation>%1, les neutrophiles, qui combattent les infections, sont sous 500 par µL : les infections sont beaucoup plus probables et doivent être soignées rapidement.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="125"/>
        <source>Antibodies against %1 can be measured within the first month.</source>
        <translation>Les anticorps contre %1 sont mesurables dès le premier mois.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="128"/>
        <source>Antibodies against %1 can be measured from month %2.</source>
        <translation>Les anticorps contre %1 sont mesurables à partir du mois %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="132"/>
        <source>From month %1 they are strong enough to weaken the drug.</source>
        <translation>À partir du mois %1, ils sont assez forts pour affaiblir le médicament.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="134"/>
        <source>In this simulation they do not become strong enough to weaken the drug.</source>
        <translation>Dans cette simulation, ils ne deviennent pas assez forts pour affaiblir le médicament.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="140"/>
        <source>Chance of at least one relapse within 2 years: about %1 in 100.</source>
        <translation>Probabilité d&apos;au moins une poussée en 2 ans : environ %1 sur 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="143"/>
        <source>Within 5 years: about %1 in 100.</source>
        <translation>En 5 ans : environ %1 sur 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="151"/>
        <source>Chance of a new autoimmune illness within 6 years, most often of the thyroid: about %1 in 100.</source>
        <translation>Probabilité d&apos;une nouvelle maladie auto-immune en 6 ans, le plus souvent de la thyroïde : environ %1 sur 100.</translation>
    </message>
    <message>
        <location filename="../ui/education/CaptionWriter.cpp" line="153"/>
        <source>Chance of a new autoimmune illness within 6 years: about %1 in 100.</source>
        <translation>Probabilité d&apos;une nouvelle maladie auto-immune en 6 ans : environ %1 sur 100.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/CliCommands.cpp" line="27"/>
        <source>the simulation failed: %1</source>
        <translation>la simulation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="30"/>
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="32"/>
        <source>internal error of an unknown kind</source>
        <translation>erreur interne de nature inconnue</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="41"/>
        <source>lymphoscope-cli: no command given.</source>
        <translation>lymphoscope-cli : aucune commande indiquée.</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="72"/>
        <source>unknown option %1 (a command comes first: simulate, validate, parameters or examples)</source>
        <translation>option inconnue %1 (une commande vient d&apos;abord : simulate, validate, parameters ou examples)</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="75"/>
        <source>unknown command %1 (the commands are simulate, validate, parameters, examples and help)</source>
        <translation>commande inconnue %1 (les commandes sont simulate, validate, parameters, examples et help)</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="79"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../app/Console.cpp" line="10"/>
        <source>Run &apos;lymphoscope-cli --help&apos; for the commands and options.</source>
        <translation>Lancez &apos;lymphoscope-cli --help&apos; pour voir les commandes et les options.</translation>
    </message>
</context>
<context>
    <name>ExamplesCommand</name>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="25"/>
        <source>&apos;examples&apos; takes no arguments, got %1</source>
        <translation>&apos;examples&apos; n&apos;accepte pas d&apos;arguments, reçu %1</translation>
    </message>
    <message>
        <location filename="../app/ExamplesCommand.cpp" line="39"/>
        <source>(invalid: %1)</source>
        <translation>(non valide : %1)</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="74"/>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="75"/>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="108"/>
        <source>Lymphoscope %1 · %2 · A simulation for explaining and exploring, not a prediction for one person.</source>
        <translation>Lymphoscope %1 · %2 · Une simulation pour expliquer et explorer, pas une prédiction pour une personne donnée.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="104"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="134"/>
        <source>Treatment plan: %1</source>
        <translation>Plan de traitement : %1</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="140"/>
        <source>the handout PDF could not be written</source>
        <translation>le PDF de la fiche d&apos;information n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="149"/>
        <source>the handout could not be started</source>
        <translation>la fiche d&apos;information n&apos;a pas pu être commencée</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="163"/>
        <source>Your treatment plan</source>
        <translation>Votre plan de traitement</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="167"/>
        <source>This handout comes from a computer simulation of an average patient, made to explain and explore treatment plans. It is not a prediction for you: your own course can be different. Please talk about your questions with your neurologist.</source>
        <translation>Cette fiche provient d&apos;une simulation informatique d&apos;un patient moyen, conçue pour expliquer et explorer des plans de traitement. Ce n&apos;est pas une prédiction pour vous : votre propre évolution peut être différente. N&apos;hésitez pas à poser vos questions à votre neurologue.</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="181"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="191"/>
        <source>Month %1: %2</source>
        <translation>Mois %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="197"/>
        <source>What the simulation shows</source>
        <translation>Ce que montre la simulation</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="210"/>
        <source>the handout&apos;s second page could not be started</source>
        <translation>la deuxième page de la fiche d&apos;information n&apos;a pas pu être commencée</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="214"/>
        <source>In plain words</source>
        <translation>En termes simples</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="221"/>
        <source>Compared with other plans</source>
        <translation>Comparé à d&apos;autres plans</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="256"/>
        <source>Where the numbers come from</source>
        <translation>D&apos;où viennent les chiffres</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="258"/>
        <source>The simulation is calibrated to published trial and cohort figures. Its main sources:</source>
        <translation>La simulation est calibrée sur des chiffres publiés d&apos;essais et de cohortes. Ses principales sources :</translation>
    </message>
    <message>
        <location filename="../ui/education/HandoutWriter.cpp" line="276"/>
        <source>Every number and its source: Lymphoscope, Help → Model Parameters and Sources.</source>
        <translation>Chaque chiffre et sa source : Lymphoscope, Aide → Paramètres du modèle et sources.</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
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
        <translation type="vanished">Usage : lymphoscope-cli COMMANDE [ARGUMENTS]

Simule les sous-populations lymphocytaires sanguines, les concentrations de médicament, les anticorps
anti-médicament, les poussées et l&apos;auto-immunité après les traitements de la sclérose en plaques.
Pour l&apos;exploration et l&apos;enseignement, pas pour des décisions cliniques.

Commandes :
  simulate SCENARIO [--csv FICHIER] [--png FICHIER] [--pdf FICHIER]
                    [--cohort N] [--seed S] [--step JOURS] [--png-size LxH]
      Exécute un scénario et affiche un résumé. SCENARIO est un fichier .lymphoscope.json
      ou le nom d&apos;un exemple intégré.
      --csv FICHIER    écrit le tableau des résultats, une ligne par pas de sortie
      --png FICHIER    écrit les graphiques en image PNG
      --pdf FICHIER    écrit les graphiques en PDF
      --cohort N       simule N patients virtuels (de 1 à 100000) : médianes avec
                       5e-95e percentiles, probabilités en moyennes de la cohorte
      --seed S         graine aléatoire de la cohorte (par défaut 1)
      --step JOURS     pas de sortie en jours (par défaut 1)
      --png-size LxH   taille du PNG en pixels (par défaut 1600x2000)
  validate SCENARIO    vérifie un scénario ; liste chaque problème avec sa position
  parameters [--markdown]
                       le tableau des paramètres du modèle avec unités et sources
  examples             les scénarios d&apos;exemple intégrés, par nom
  help, --help         ce texte
  --version            la version du programme

Code de sortie : 0 succès, 1 erreur interne (p. ex. un fichier de sortie ne peut pas être écrit),
2 entrée invalide (le message indique le champ ou l&apos;option et le problème).
</translation>
    </message>
    <message>
        <location filename="../app/HelpCommand.cpp" line="10"/>
        <source>Usage: lymphoscope-cli COMMAND [ARGUMENTS]

Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, relapse and autoimmunity
after multiple-sclerosis therapies. For exploration and education, not for clinical decisions.

Commands:
  simulate SCENARIO [--csv FILE] [--png FILE] [--pdf FILE]
                    [--cohort N] [--seed S] [--patients-csv FILE] [--step DAYS]
                    [--png-size WxH]
      Run a scenario and print a summary. SCENARIO is a .lymphoscope.json file
      or the name of a built-in example.
      --csv FILE       write the result table, one row per output step
      --png FILE       write the plots as a PNG image
      --pdf FILE       write the plots as a PDF
      --cohort N       simulate N virtual patients (1 to 100000): medians with
                       5th-95th percentiles, probabilities as cohort means
      --seed S         random seed of the cohort (default 1)
      --patients-csv FILE
                       with --cohort: one row per virtual patient (sampled
                       variation and outcomes)
      --step DAYS      output step in days (default 1)
      --png-size WxH   size of the PNG in pixels (default 1600x2000)
  report SCENARIO --pdf FILE [--lang CODE] [--compare SCENARIO]
                       the two-page patient handout (plan, simple plots, plain
                       words, sources) as a PDF; CODE: en, it, de, es, fr
  validate SCENARIO    check a scenario; list every problem with its place
  parameters [--markdown]
                       the model&apos;s parameter table with units and sources
  examples             the built-in example scenarios, by name
  help, --help         this text
  --version            the program version

Exit status: 0 success, 1 internal error (e.g. an output file cannot be written),
2 bad input (the message names the field or option and the problem).
</source>
        <translation>Usage : lymphoscope-cli COMMANDE [ARGUMENTS]

Simule les sous-populations lymphocytaires sanguines, les concentrations de médicament, les anticorps
anti-médicament, les poussées et l&apos;auto-immunité après les traitements de la sclérose en plaques.
Pour l&apos;exploration et l&apos;enseignement, pas pour des décisions cliniques.

Commandes :
  simulate SCENARIO [--csv FICHIER] [--png FICHIER] [--pdf FICHIER]
                    [--cohort N] [--seed S] [--patients-csv FICHIER] [--step JOURS]
                    [--png-size LxH]
      Exécute un scénario et affiche un résumé. SCENARIO est un fichier .lymphoscope.json
      ou le nom d&apos;un exemple intégré.
      --csv FICHIER    écrit le tableau des résultats, une ligne par pas de sortie
      --png FICHIER    écrit les graphiques en image PNG
      --pdf FICHIER    écrit les graphiques en PDF
      --cohort N       simule N patients virtuels (de 1 à 100000) : médianes avec
                       5e-95e percentiles, probabilités en moyennes de la cohorte
      --seed S         graine aléatoire de la cohorte (par défaut 1)
      --patients-csv FICHIER
                       avec --cohort : une ligne par patient virtuel (variabilité
                       tirée au sort et résultats)
      --step JOURS     pas de sortie en jours (par défaut 1)
      --png-size LxH   taille du PNG en pixels (par défaut 1600x2000)
  report SCENARIO --pdf FICHIER [--lang CODE] [--compare SCENARIO]
                       la fiche d&apos;information patient de deux pages (plan, graphiques
                       simples, mots clairs, sources) en PDF ; CODE : en, it, de, es, fr
  validate SCENARIO    vérifie un scénario ; liste chaque problème avec sa position
  parameters [--markdown]
                       le tableau des paramètres du modèle avec unités et sources
  examples             les scénarios d&apos;exemple intégrés, par nom
  help, --help         ce texte
  --version            la version du programme

Code de sortie : 0 succès, 1 erreur interne (p. ex. un fichier de sortie ne peut pas être écrit),
2 entrée invalide (le message indique le champ ou l&apos;option et le problème).
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <location filename="../app/OutputFiles.cpp" line="25"/>
        <source>%1: cannot write %2: it is a folder</source>
        <translation>%1 : impossible d&apos;écrire %2 : c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="28"/>
        <source>%1: cannot write %2: the folder %3 does not exist</source>
        <translation>%1 : impossible d&apos;écrire %2 : le dossier %3 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="50"/>
        <source>%1: %2 is the scenario file itself; choose another file name</source>
        <translation>%1 : %2 est le fichier du scénario lui-même ; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="64"/>
        <source>--csv: cannot write %1: %2</source>
        <translation>--csv : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="69"/>
        <source>--patients-csv: cannot write %1: %2</source>
        <translation>--patients-csv : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/OutputFiles.cpp" line="98"/>
        <location filename="../app/OutputFiles.cpp" line="100"/>
        <source>%1: cannot write %2: %3</source>
        <translation>%1 : impossible d&apos;écrire %2 : %3</translation>
    </message>
</context>
<context>
    <name>ParametersCommand</name>
    <message>
        <location filename="../app/ParametersCommand.cpp" line="21"/>
        <source>&apos;parameters&apos; takes no arguments besides --markdown, got %1</source>
        <translation>&apos;parameters&apos; n&apos;accepte pas d&apos;arguments hormis --markdown, reçu %1</translation>
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
    <name>ProblemText</name>
    <message>
        <location filename="../ui/ProblemText.cpp" line="22"/>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="24"/>
        <source>%1 (treatment %2)</source>
        <translation>%1 (traitement %2)</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="30"/>
        <source>, infusion %1</source>
        <translation>, perfusion %1</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="36"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="38"/>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="40"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="42"/>
        <source>stop day</source>
        <translation>jour d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="44"/>
        <source>daily dose</source>
        <translation>dose quotidienne</translation>
    </message>
    <message>
        <location filename="../ui/ProblemText.cpp" line="46"/>
        <source>regimen</source>
        <translation>protocole</translation>
    </message>
</context>
<context>
    <name>RemoveTreatmentCommand</name>
    <message>
        <location filename="../ui/commands/RemoveTreatmentCommand.cpp" line="15"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
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
        <location filename="../app/ReportCommand.cpp" line="30"/>
        <source>report: --pdf FILE is required (where the handout goes).</source>
        <translation>report : --pdf FICHIER est obligatoire (où écrire la fiche d&apos;information).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="34"/>
        <source>report: --lang: expected one of %1, got &quot;%2&quot;.</source>
        <translation>report : --lang : une valeur parmi %1 attendue, reçu « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="62"/>
        <source>report: %1</source>
        <translation>report : %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="65"/>
        <source>Wrote the handout for “%1” (%2 pages) to %3</source>
        <translation>Fiche d&apos;information pour « %1 » (%2 pages) écrite dans %3</translation>
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
        <location filename="../app/SimulateCommand.cpp" line="47"/>
        <source>--step: a step of %1 days gives more than 2,000,000 rows over the %2-day horizon; choose a larger step</source>
        <translation>--step : un pas de %1 jours donne plus de 2 000 000 de lignes sur l&apos;horizon de %2 jours ; choisissez un pas plus grand</translation>
    </message>
</context>
<context>
    <name>SimulateOptions</name>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="23"/>
        <source>--cohort: expected a whole number of virtual patients from 1 to %1, got %2</source>
        <translation>--cohort : nombre entier de patients virtuels attendu, de 1 à %1, reçu %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="37"/>
        <source>--seed: expected a whole number from 0 to %1, got %2</source>
        <translation>--seed : nombre entier attendu, de 0 à %1, reçu %2</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="50"/>
        <source>--step: expected a positive number of days, got %1</source>
        <translation>--step : nombre positif de jours attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="65"/>
        <source>--png-size: expected WIDTHxHEIGHT in pixels, each from %1 to %2 (e.g. 1600x2000), got %3</source>
        <translation>--png-size : LARGEURxHAUTEUR en pixels attendu, chacune de %1 à %2 (p. ex. 1600x2000), reçu %3</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="100"/>
        <source>--patients-csv: needs --cohort N (it has one row per virtual patient)</source>
        <translation>--patients-csv : nécessite --cohort N (une ligne par patient virtuel)</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="109"/>
        <source>lymphoscope-cli: note: --seed has no effect without --cohort</source>
        <translation>lymphoscope-cli : remarque : --seed n&apos;a pas d&apos;effet sans --cohort</translation>
    </message>
    <message>
        <location filename="../app/SimulateOptions.cpp" line="123"/>
        <source>lymphoscope-cli: note: --png-size has no effect without --png</source>
        <translation>lymphoscope-cli : remarque : --png-size n&apos;a pas d&apos;effet sans --png</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="66"/>
        <source>Lymphoscope is for exploration and education; it does not predict an individual patient&apos;s course.</source>
        <translation>Lymphoscope sert à l&apos;exploration et à l&apos;enseignement ; il ne prédit pas l&apos;évolution d&apos;un patient donné.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="73"/>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="77"/>
        <source>Virtual cohort of %1 patients (seed %2) over %3 days: counts are medians (5th–95th percentile); probabilities are cohort means.</source>
        <translation>Cohorte virtuelle de %1 patients (graine %2) sur %3 jours : les numérations sont des médianes (5e–95e percentiles) ; les probabilités sont des moyennes de la cohorte.</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="84"/>
        <source>Typical patient over %1 days (%2 years).</source>
        <translation>Patient type sur %1 jours (%2 ans).</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="99"/>
        <source>%1 by year %2 (day %3)</source>
        <translation>%1 à l&apos;année %2 (jour %3)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="105"/>
        <source>%1 by day %2</source>
        <translation>%1 au jour %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="109"/>
        <source>P(≥1 relapse since day 0): %1</source>
        <translation>P(≥1 poussée depuis le jour 0) : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="123"/>
        <source>ever binding-positive in %1 of the cohort</source>
        <translation>positifs pour les anticorps liants chez %1 de la cohorte</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="126"/>
        <source>, neutralising in %1</source>
        <translation>, neutralisants chez %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="130"/>
        <source>binding-positive from day %1</source>
        <translation>positif pour les anticorps liants dès le jour %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="132"/>
        <source>, neutralising from day %1</source>
        <translation>, neutralisants dès le jour %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="134"/>
        <source>, never neutralising</source>
        <translation>, jamais neutralisants</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="136"/>
        <source>never binding-positive</source>
        <translation>jamais positif pour les anticorps liants</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="138"/>
        <source>ADA against %1: %2</source>
        <translation>ADA contre %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="146"/>
        <source>P(≥1 secondary autoimmune event) by day %1: %2</source>
        <translation>P(≥1 événement auto-immun secondaire) au jour %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="170"/>
        <source>Months with lymphocytes &lt; 500/µL: none</source>
        <translation>Mois avec lymphocytes &lt; 500/µL : aucun</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="172"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (one period)</source>
        <translation>Mois avec lymphocytes &lt; 500/µL : %1 (une période)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="175"/>
        <source>Months with lymphocytes &lt; 500/µL: %1 (%2 separate periods)</source>
        <translation>Mois avec lymphocytes &lt; 500/µL : %1 (%2 périodes distinctes)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="180"/>
        <source>; &lt; 200/µL: %1</source>
        <translation> ; &lt; 200/µL : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="182"/>
        <source> (cohort median counts)</source>
        <translation> (numérations médianes de la cohorte)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="185"/>
        <source>Months with neutrophils &lt; 500/µL: %1</source>
        <translation>Mois avec neutrophiles &lt; 500/µL : %1</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="195"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="197"/>
        <source>%1 (%2 patients)</source>
        <translation>%1 (%2 patients)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="201"/>
        <source>%1 (%2×%3 px)</source>
        <translation>%1 (%2×%3 px)</translation>
    </message>
    <message>
        <location filename="../app/SummaryPrinter.cpp" line="208"/>
        <source>Wrote %1</source>
        <translation>Écrits : %1</translation>
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
        <translation>AHSCT</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="47"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="49"/>
        <source>%1 (reinfusion)</source>
        <translation>%1 (réinjection)</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="65"/>
        <source>%1 mg/day</source>
        <translation>%1 mg/jour</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="81"/>
        <source>%1 × %2 mg</source>
        <translation>%1 × %2 mg</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="88"/>
        <source>%1 mg in %2 infusions</source>
        <translation>%1 mg en %2 perfusions</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="104"/>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="105"/>
        <source>days %1–%2</source>
        <translation>jours %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/TreatmentLabel.cpp" line="111"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/ValidateCommand.cpp" line="28"/>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
</context>
<context>
    <name>lymph::Autosaver</name>
    <message>
        <location filename="../ui/Autosaver.cpp" line="116"/>
        <source>The autosave folder %1 cannot be created.</source>
        <translation>Le dossier de sauvegarde automatique %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="122"/>
        <source>The autosave folder %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire dans le dossier de sauvegarde automatique %1.</translation>
    </message>
    <message>
        <location filename="../ui/Autosaver.cpp" line="129"/>
        <location filename="../ui/Autosaver.cpp" line="140"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
</context>
<context>
    <name>lymph::ComparisonPanel</name>
    <message>
        <source>Pin the current scenario, then change it or open another: the pinned curves stay on the plots (dashed or dotted) and their figures stay in the table.</source>
        <translation type="vanished">Épinglez le scénario actuel, puis modifiez-le ou ouvrez-en un autre : les courbes épinglées restent sur les graphiques (en tirets ou en pointillés) et leurs valeurs restent dans le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="45"/>
        <source>Pin the current scenario, then change it or open another: the pinned curves stay on the plots (dashed) and their figures stay in the table.</source>
        <translation>Épinglez le scénario actuel, puis modifiez-le ou ouvrez-en un autre : les courbes épinglées restent sur les graphiques (en tirets) et leurs valeurs restent dans le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="52"/>
        <source>Pinned scenarios</source>
        <translation>Scénarios épinglés</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="60"/>
        <source>Pin current scenario</source>
        <translation>Épingler le scénario actuel</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="61"/>
        <source>Remove pinned</source>
        <translation>Retirer les épinglés</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="108"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="149"/>
        <source>At most %1 scenarios can be pinned.</source>
        <translation>Au plus %1 scénarios peuvent être épinglés.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="150"/>
        <source>Keep the current results for comparison.</source>
        <translation>Conserver les résultats actuels pour comparaison.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ComparisonPanel.cpp" line="155"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
</context>
<context>
    <name>lymph::EducationPlot</name>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="35"/>
        <source>Simplified plots for patients</source>
        <translation>Graphiques simplifiés pour les patients</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="141"/>
        <source>Immune cells in the blood (100 % = their usual level)</source>
        <translation>Cellules immunitaires dans le sang (100 % = leur niveau habituel)</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="141"/>
        <location filename="../ui/education/EducationPlot.cpp" line="173"/>
        <location filename="../ui/education/EducationPlot.cpp" line="186"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="147"/>
        <source>all immune cells (lymphocytes)</source>
        <translation>toutes les cellules immunitaires (lymphocytes)</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="152"/>
        <source>lower limit of normal</source>
        <translation>limite inférieure de la normale</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="155"/>
        <source>CD4 T cells</source>
        <translation>lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="156"/>
        <source>B cells</source>
        <translation>lymphocytes B</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="173"/>
        <source>Chance of at least one relapse</source>
        <translation>Probabilité d&apos;au moins une poussée</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="180"/>
        <source>chance of a relapse so far</source>
        <translation>probabilité d&apos;une poussée jusqu&apos;à ce moment</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="186"/>
        <source>When to take extra care</source>
        <translation>Quand redoubler de prudence</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="193"/>
        <source>chance of a new autoimmune illness</source>
        <translation>probabilité d&apos;une nouvelle maladie auto-immune</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="222"/>
        <source>infections more likely</source>
        <translation>infections plus probables</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="250"/>
        <source>Years from the start of the plan</source>
        <translation>Années depuis le début du plan</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationPlot.cpp" line="251"/>
        <source>Months from the start of the plan</source>
        <translation>Mois depuis le début du plan</translation>
    </message>
</context>
<context>
    <name>lymph::EducationView</name>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="49"/>
        <location filename="../ui/education/EducationView.cpp" line="166"/>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="51"/>
        <source>Play or pause the months</source>
        <translation>Faire défiler les mois ou mettre en pause</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="54"/>
        <source>Month being explained</source>
        <translation>Mois expliqué</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="56"/>
        <source>Show cell types</source>
        <translation>Afficher les types de cellules</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="82"/>
        <source>What the simulation shows, in plain words</source>
        <translation>Ce que montre la simulation, en termes simples</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="90"/>
        <source>A simulation for explaining and exploring, not a prediction for you: your own course can be different.</source>
        <translation>Une simulation pour expliquer et explorer, pas une prédiction pour vous : votre propre évolution peut être différente.</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="135"/>
        <source>immune cells at %1 % of their usual level</source>
        <translation>cellules immunitaires à %1 % de leur niveau habituel</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="139"/>
        <source>chance of a relapse so far about %1 in 100</source>
        <translation>probabilité d&apos;une poussée jusqu&apos;ici : environ %1 sur 100</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="144"/>
        <source>infections more likely now</source>
        <translation>infections plus probables en ce moment</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="148"/>
        <source>Month %1: %2.</source>
        <translation>Mois %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="159"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location filename="../ui/education/EducationView.cpp" line="197"/>
        <source>Press Play to walk through the months, or drag the slider.</source>
        <translation>Appuyez sur « Lecture » pour parcourir les mois, ou faites glisser le curseur.</translation>
    </message>
</context>
<context>
    <name>lymph::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>For exploration and education — not a clinical prediction.</source>
        <translation>Pour l&apos;exploration et l&apos;enseignement — pas une prédiction clinique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment timeline&lt;/b&gt; — drag therapies from the palette; drag blocks to move them</source>
        <translation type="vanished">&lt;b&gt;Frise chronologique des traitements&lt;/b&gt; — faites glisser les thérapies depuis la palette ; faites glisser les blocs pour les déplacer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Snap to</source>
        <translation>Aligner par</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Where dragged treatments land. Hold Shift while dragging for no snapping.</source>
        <translation>Où se placent les traitements déplacés. Maintenez Maj enfoncée pendant le glisser pour désactiver l&apos;alignement.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Snap dragged treatments to</source>
        <translation>Aligner les traitements déplacés par</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Typical patient</source>
        <translation>Patient type</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Cohort of %1 patients</source>
        <translation>Cohorte de %1 patients</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>A virtual cohort shows how differently patients respond: medians with 5–95 % bands. While you drag, a quick preview of %1 patients is shown first.</source>
        <translation>Une cohorte virtuelle montre à quel point les patients répondent différemment : médianes avec bandes de 5–95 %. Pendant que vous faites glisser, un aperçu rapide de %1 patients s&apos;affiche d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Simulate the typical patient or a virtual cohort</source>
        <translation>Simuler le patient type ou une cohorte virtuelle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Show a Patient</source>
        <translation>Montrer un patient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Draw one virtual patient of the cohort over its medians; press again for another.</source>
        <translation>Trace un patient virtuel de la cohorte par-dessus ses médianes ; appuyez à nouveau pour un autre.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>S&amp;plit into Single Infusions</source>
        <translation>Di&amp;viser en perfusions individuelles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Select &amp;All Treatments</source>
        <translation>Sélectionner &amp;tous les traitements</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>&amp;Education View</source>
        <translation>&amp;Vue pédagogique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="294"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>Large, simple pictures and plain words for explaining a plan to a patient</source>
        <translation>Grandes images simples et mots clairs pour expliquer un plan à un patient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>Show the &amp;Whole Simulated Time</source>
        <translation>A&amp;fficher toute la durée simulée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="309"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Open E&amp;xample</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>&amp;Export</source>
        <translation>Ex&amp;porter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Plots as &amp;PNG Image…</source>
        <translation>Graphiques en image &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Plots as &amp;SVG Drawing…</source>
        <translation>Graphiques en dessin &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Plots as P&amp;DF…</source>
        <translation>Graphiques en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>Results as &amp;CSV Table…</source>
        <translation>Résultats en tableau &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Patient &amp;Handout as PDF…</source>
        <translation>&amp;Fiche d&apos;information patient en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;Print Patient Handout…</source>
        <translation>&amp;Imprimer la fiche d&apos;information patient…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="364"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>Model &amp;Parameters and Sources…</source>
        <translation>&amp;Paramètres du modèle et sources…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>&amp;About Lymphoscope</source>
        <translation>À propos de &amp;Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="415"/>
        <source>Therapies</source>
        <translation>Thérapies</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="417"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>Selected treatment</source>
        <translation>Traitement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="420"/>
        <source>Compare scenarios</source>
        <translation>Comparer des scénarios</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="486"/>
        <location filename="../ui/MainWindow.cpp" line="504"/>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Lymphoscope did not close normally. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>Lymphoscope ne s&apos;est pas fermé normalement. Les modifications non enregistrées de « %1 » du %2 ont été conservées.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="492"/>
        <source>Restore them? They open as unsaved changes; the file on disk is not changed until you save.</source>
        <translation>Les restaurer ? Elles s&apos;ouvrent comme modifications non enregistrées ; le fichier sur le disque n&apos;est pas modifié tant que vous n&apos;enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="494"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="496"/>
        <source>Ask &amp;Later</source>
        <translation>Demander &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>The work could not be restored:
%1</source>
        <translation>Le travail n&apos;a pas pu être restauré :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="517"/>
        <source>%1 could not be read</source>
        <translation>%1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="717"/>
        <location filename="../ui/MainWindow.cpp" line="726"/>
        <source>Export Patient Handout</source>
        <translation>Exporter la fiche d&apos;information patient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="727"/>
        <source>The handout could not be written:
%1</source>
        <translation>La fiche d&apos;information n&apos;a pas pu être écrite :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="740"/>
        <location filename="../ui/MainWindow.cpp" line="746"/>
        <source>Print Patient Handout</source>
        <translation>Imprimer la fiche d&apos;information patient</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>The handout could not be printed:
%1</source>
        <translation>La fiche d&apos;information n&apos;a pas pu être imprimée :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="805"/>
        <source>never forms ADA</source>
        <translation>ne forme jamais d&apos;ADA</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="806"/>
        <source>strong ADA responder</source>
        <translation>fort répondeur ADA</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="807"/>
        <source>typical ADA response</source>
        <translation>réponse ADA typique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="809"/>
        <source>patient %1 of the cohort (%2)</source>
        <translation>patient %1 de la cohorte (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="958"/>
        <source>Preview: cohort of %1 patients; the full cohort follows when you pause</source>
        <translation>Aperçu : cohorte de %1 patients ; la cohorte complète suit quand vous faites une pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="960"/>
        <source>Virtual cohort of %1 patients: medians with 5–95 % bands</source>
        <translation>Cohorte virtuelle de %1 patients : médianes avec bandes de 5–95 %</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="981"/>
        <source>Day %1 · month %2 · year %3</source>
        <translation>Jour %1 · mois %2 · année %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="545"/>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <location filename="../ui/MainWindow.cpp" line="913"/>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&lt;b&gt;Treatment timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie des traitements&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Drag therapies from the palette onto the timeline; drag blocks to move them, their right edge to change a period&apos;s end.</source>
        <translation>Faites glisser des thérapies de la palette vers la chronologie ; faites glisser les blocs pour les déplacer, et leur bord droit pour changer la fin d&apos;une période.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="546"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;JSON files (*.json);;All files (*)</source>
        <translation>Scénarios Lymphoscope (*.lymphoscope.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="552"/>
        <location filename="../ui/MainWindow.cpp" line="572"/>
        <location filename="../ui/MainWindow.cpp" line="914"/>
        <source>The scenario could not be opened:
%1</source>
        <translation>Le scénario n&apos;a pas pu être ouvert :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="561"/>
        <source>Open Example</source>
        <translation>Ouvrir un exemple</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="562"/>
        <source>The example could not be opened:
%1</source>
        <translation>L&apos;exemple n&apos;a pas pu être ouvert :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="571"/>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="585"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="595"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="604"/>
        <location filename="../ui/MainWindow.cpp" line="630"/>
        <source>Save Scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <location filename="../ui/MainWindow.cpp" line="631"/>
        <source>The scenario could not be saved:
%1</source>
        <translation>Le scénario n&apos;a pas pu être enregistré :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="609"/>
        <location filename="../ui/MainWindow.cpp" line="635"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="622"/>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>Lymphoscope scenarios (*.lymphoscope.json);;All files (*)</source>
        <translation>Scénarios Lymphoscope (*.lymphoscope.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <location filename="../ui/MainWindow.cpp" line="673"/>
        <location filename="../ui/MainWindow.cpp" line="705"/>
        <source>There are no results to export yet.</source>
        <translation>Il n&apos;y a pas encore de résultats à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="659"/>
        <source>unknown image type “.%1”: use .png, .svg or .pdf</source>
        <translation>type d&apos;image inconnu « .%1 » : utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="683"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="684"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="685"/>
        <location filename="../ui/MainWindow.cpp" line="719"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="686"/>
        <location filename="../ui/MainWindow.cpp" line="695"/>
        <source>Export Plots</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="695"/>
        <source>The plots could not be exported:
%1</source>
        <translation>Les graphiques n&apos;ont pas pu être exportés :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="697"/>
        <location filename="../ui/MainWindow.cpp" line="729"/>
        <location filename="../ui/MainWindow.cpp" line="764"/>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="754"/>
        <location filename="../ui/MainWindow.cpp" line="761"/>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="756"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="762"/>
        <source>The results could not be exported:
%1</source>
        <translation>Les résultats n&apos;ont pas pu être exportés :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="861"/>
        <source>About Lymphoscope</source>
        <translation>À propos de Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="862"/>
        <source>&lt;p&gt;&lt;b&gt;Lymphoscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explore simulated blood lymphocytes, drug levels, anti-drug antibodies and relapse risk after alemtuzumab and the therapies that may follow it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;For exploration and education, not a clinical prediction.&lt;/b&gt; The model is calibrated to published group averages; it does not know your patient.&lt;/p&gt;&lt;p&gt;Every model number and its source: Help → Model Parameters and Sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lymphoscope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Explorez les lymphocytes sanguins simulés, les concentrations de médicament, les anticorps anti-médicament et le risque de poussée après l&apos;alemtuzumab et les traitements qui peuvent lui succéder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pour l&apos;exploration et l&apos;enseignement, pas une prédiction clinique.&lt;/b&gt; Le modèle est calibré sur des moyennes de groupe publiées ; il ne connaît pas votre patient.&lt;/p&gt;&lt;p&gt;Chaque valeur du modèle et sa source : Aide → Paramètres du modèle et sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="876"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="877"/>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>« %1 » contient des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="785"/>
        <location filename="../ui/MainWindow.cpp" line="929"/>
        <source>Simulating…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="935"/>
        <source>%1[*] — Lymphoscope</source>
        <translation>%1[*] — Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="963"/>
        <source>Simulation up to date</source>
        <translation>Simulation à jour</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="969"/>
        <source>The simulation could not run:
%1</source>
        <translation>La simulation n&apos;a pas pu être exécutée :
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="970"/>
        <source>Simulation failed</source>
        <translation>Échec de la simulation</translation>
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
    <message>
        <source>Highest anti-drug antibody titre of any antibody in the scenario (1 = positivity threshold)</source>
        <translation type="vanished">Titre le plus élevé d&apos;anticorps anti-médicament contre l&apos;un des anticorps du scénario (1 = seuil de positivité)</translation>
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
        <location filename="../ui/panels/PatientPanel.cpp" line="77"/>
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
        <location filename="../ui/panels/PatientPanel.cpp" line="95"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <source>Annual relapse rate without treatment (trial placebo arms: about 0.7).</source>
        <translation type="vanished">Taux annualisé de poussées sans traitement (bras placebo des essais : environ 0,7).</translation>
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
        <location filename="../ui/panels/PatientPanel.cpp" line="79"/>
        <source>How long to simulate from day 0.</source>
        <translation>Durée à simuler à partir du jour 0.</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="80"/>
        <source>Simulated time</source>
        <translation>Durée simulée</translation>
    </message>
    <message>
        <location filename="../ui/panels/PatientPanel.cpp" line="81"/>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
</context>
<context>
    <name>lymph::PlotStackWidget</name>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="27"/>
        <source>Simulating…</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/PlotStackWidget.cpp" line="77"/>
        <source>pinned %1</source>
        <translation>%1 (épinglé)</translation>
    </message>
</context>
<context>
    <name>lymph::ResultPlot</name>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="334"/>
        <source>Virtual cohort of %1 patients: medians with 5th–95th percentile bands; probabilities are cohort means</source>
        <translation>Cohorte virtuelle de %1 patients : médianes avec bandes 5e–95e percentiles ; probabilités = moyennes de la cohorte</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="337"/>
        <source>Typical patient (population-average parameters)</source>
        <translation>Patient type (paramètres moyens de la population)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="369"/>
        <location filename="../ui/ResultPlot.cpp" line="907"/>
        <source>Simulation for exploration and education, not a clinical prediction. Lymphoscope %1</source>
        <translation>Simulation pour l&apos;exploration et l&apos;enseignement, pas une prédiction clinique. Lymphoscope %1</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="460"/>
        <source>Time since day 0 (years)</source>
        <translation>Temps depuis le jour 0 (années)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="461"/>
        <source>Time since day 0 (months)</source>
        <translation>Temps depuis le jour 0 (mois)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="464"/>
        <source>cohort 5th–95th percentile</source>
        <translation>cohorte, 5e–95e percentiles</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="87"/>
        <source>Serum drug concentration</source>
        <translation>Concentration sérique du médicament</translation>
    </message>
    <message>
        <source>pinned %1</source>
        <translation type="vanished">%1 (épinglé)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="594"/>
        <source>%1 (pinned only)</source>
        <translation>%1 (épinglé seulement)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="650"/>
        <source>µg/mL</source>
        <translation>µg/mL</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="651"/>
        <source> µg/mL</source>
        <translation> µg/mL</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="672"/>
        <source>Lymphocytes</source>
        <translation>Lymphocytes</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="672"/>
        <source>LLN lymphocytes</source>
        <translation>LIN lymphocytes</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="673"/>
        <source>CD4 T cells</source>
        <translation>Lymphocytes T CD4</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="673"/>
        <source>LLN CD4</source>
        <translation>LIN CD4</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="674"/>
        <source>CD8 T cells</source>
        <translation>Lymphocytes T CD8</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="674"/>
        <source>LLN CD8</source>
        <translation>LIN CD8</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="675"/>
        <source>CD19 B cells</source>
        <translation>Lymphocytes B CD19</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="675"/>
        <source>LLN B cells</source>
        <translation>LIN lymphocytes B</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="676"/>
        <source>NK cells</source>
        <translation>Cellules NK</translation>
    </message>
    <message>
        <source>titre (positive ≥ %1)</source>
        <translation type="vanished">titre (positif ≥ %1)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="753"/>
        <source>titre</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="906"/>
        <source>Lymphoscope plots</source>
        <translation>Graphiques Lymphoscope</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="912"/>
        <source>the SVG drawing could not be started</source>
        <translation>le dessin SVG n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="917"/>
        <source>the SVG drawing could not be written</source>
        <translation>le dessin SVG n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="88"/>
        <source>Blood lymphocyte subsets</source>
        <translation>Sous-populations lymphocytaires sanguines</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="681"/>
        <source>cells/µL</source>
        <translation>cellules/µL</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="714"/>
        <source>lymphocytes &lt; 500/µL</source>
        <translation>lymphocytes &lt; 500/µL</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="715"/>
        <source>lymphocytes &lt; 200/µL</source>
        <translation>lymphocytes &lt; 200/µL</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="716"/>
        <source>neutrophils &lt; 500/µL</source>
        <translation>neutrophiles &lt; 500/µL</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="89"/>
        <source>Anti-drug antibodies (ADA)</source>
        <translation>Anticorps anti-médicament (ADA)</translation>
    </message>
    <message>
        <source>titre (units)</source>
        <translation type="vanished">titre (unités)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="759"/>
        <source>ADA against %1</source>
        <translation>ADA contre %1</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="764"/>
        <source>binding-positive threshold</source>
        <translation>seuil de positivité (liants)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="90"/>
        <source>Relapse rate and cumulative probability</source>
        <translation>Taux de poussées et probabilité cumulée</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="777"/>
        <source>relapses per year</source>
        <translation>poussées par an</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="783"/>
        <source>relapse rate</source>
        <translation>taux de poussées</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="792"/>
        <source>P(≥1 relapse) %</source>
        <translation>P(≥1 poussée) %</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="795"/>
        <source>P(≥1 relapse)</source>
        <translation>P(≥1 poussée)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="91"/>
        <source>Secondary autoimmunity, cumulative probability</source>
        <translation>Auto-immunité secondaire, probabilité cumulée</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="70"/>
        <source>Result plots</source>
        <translation>Graphiques des résultats</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="71"/>
        <source>Drug levels, lymphocyte subsets, anti-drug antibodies, relapse and autoimmunity over time. The status bar and the comparison table give the figures in words.</source>
        <translation>Taux de médicament, sous-populations lymphocytaires, anticorps anti-médicament, poussées et auto-immunité au fil du temps. La barre d&apos;état et le tableau de comparaison donnent les valeurs en mots.</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="682"/>
        <source>/µL</source>
        <translation>/µL</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="779"/>
        <source>/year</source>
        <translation>/an</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="805"/>
        <source>P(≥1 event) %</source>
        <translation>P(≥1 événement) %</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="807"/>
        <source>P(≥1 autoimmune event)</source>
        <translation>P(≥1 événement auto-immun)</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="844"/>
        <source>the PNG image could not be encoded</source>
        <translation>l&apos;image PNG n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="861"/>
        <source>Lymphoscope %1</source>
        <translation>Lymphoscope %1</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="871"/>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <location filename="../ui/ResultPlot.cpp" line="876"/>
        <source>the PDF could not be written</source>
        <translation>le PDF n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>lymph::ScheduleDocument</name>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="24"/>
        <location filename="../ui/ScheduleDocument.cpp" line="35"/>
        <location filename="../ui/ScheduleDocument.cpp" line="43"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="72"/>
        <source>%1: the scenario could not be read</source>
        <translation>%1 : le scénario n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="87"/>
        <source>The scenario has no file yet; choose one with Save As.</source>
        <translation>Le scénario n&apos;a pas encore de fichier ; choisissez-en un avec Enregistrer sous.</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleDocument.cpp" line="97"/>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué.</translation>
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
        <translation>AHSCT, BEAM-ATG</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TherapyPalette.cpp" line="59"/>
        <source>aHSCT, Cy-ATG</source>
        <translation>AHSCT, Cy-ATG</translation>
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
    <message>
        <source>12 mg/day for 5 days</source>
        <translation type="vanished">12 mg/jour pendant 5 jours</translation>
    </message>
    <message>
        <source>12 mg/day for 3 days</source>
        <translation type="vanished">12 mg/jour pendant 3 jours</translation>
    </message>
    <message>
        <source>300 mg on days 0 and 14</source>
        <translation type="vanished">300 mg aux jours 0 et 14</translation>
    </message>
    <message>
        <source>600 mg once</source>
        <translation type="vanished">600 mg en dose unique</translation>
    </message>
    <message>
        <source>1000 mg on days 0 and 14</source>
        <translation type="vanished">1000 mg aux jours 0 et 14</translation>
    </message>
    <message>
        <source>0.5 mg daily for 1 year</source>
        <translation type="vanished">0,5 mg par jour pendant 1 an</translation>
    </message>
    <message>
        <source>6 conditioning days, then reinfusion</source>
        <translation type="vanished">6 jours de conditionnement, puis réinjection</translation>
    </message>
    <message>
        <source>5 conditioning days, then reinfusion</source>
        <translation type="vanished">5 jours de conditionnement, puis réinjection</translation>
    </message>
</context>
<context>
    <name>lymph::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="51"/>
        <source>Treatment timeline</source>
        <translation>Frise chronologique des traitements</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="53"/>
        <source>One lane per therapy. Arrow keys move the selected treatments by a day (with Shift by a week), Alt+arrow selects the previous or next treatment, Delete removes, Ctrl+D duplicates, Ctrl+A selects all, plus and minus zoom.</source>
        <translation>Une ligne par thérapie. Les touches fléchées déplacent les traitements sélectionnés d&apos;un jour (avec Maj, d&apos;une semaine), Alt+flèche sélectionne le traitement précédent ou suivant, Suppr supprime, Ctrl+D duplique, Ctrl+A sélectionne tout, plus et moins règlent le zoom.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="231"/>
        <source>Treatment timeline, nothing selected</source>
        <translation>Frise chronologique des traitements, aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="232"/>
        <source>Treatment timeline, selected: %1</source>
        <translation>Frise chronologique des traitements, sélection : %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="257"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineWidget.cpp" line="283"/>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="485"/>
        <source>Move %n treatment(s)</source>
        <translation>
            <numerusform>Déplacer %n traitement</numerusform>
            <numerusform>Déplacer %n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineWidget.cpp" line="295"/>
        <source>Delete %n treatment(s)</source>
        <translation>
            <numerusform>Supprimer %n traitement</numerusform>
            <numerusform>Supprimer %n traitements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="320"/>
        <source>Not duplicated: there is no room for a copy of %1 within 20 re-dosing intervals.</source>
        <translation>Non dupliqué : pas de place pour une copie de %1 dans les 20 intervalles de réadministration suivants.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineWidget.cpp" line="326"/>
        <source>Duplicate %n treatment(s)</source>
        <translation>
            <numerusform>Dupliquer %n traitement</numerusform>
            <numerusform>Dupliquer %n traitements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="349"/>
        <source>Only an antibody course with several infusions can be split.</source>
        <translation>Seule une cure d&apos;anticorps comportant plusieurs perfusions peut être divisée.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="352"/>
        <source>Split into single infusions</source>
        <translation>Diviser en perfusions individuelles</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="359"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="495"/>
        <source>Change the end of %1</source>
        <translation>Modifier la fin de %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="591"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="592"/>
        <source>&amp;Split into single infusions</source>
        <translation>Di&amp;viser en perfusions individuelles</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="597"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="600"/>
        <source>Show the &amp;whole simulated time</source>
        <translation>A&amp;fficher toute la durée simulée</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="616"/>
        <source>Days: %1</source>
        <translation>Jours : %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="617"/>
        <source>Drag to move (Shift: no snapping).</source>
        <translation>Faites glisser pour déplacer (Maj : sans alignement).</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="619"/>
        <source>Drag the right edge to change the end.</source>
        <translation>Faites glisser le bord droit pour modifier la fin.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="621"/>
        <source>Right-click to split into single infusions.</source>
        <translation>Clic droit pour diviser en perfusions individuelles.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="722"/>
        <source>Drag a therapy from the palette onto the timeline</source>
        <translation>Faites glisser une thérapie de la palette sur la frise chronologique</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="782"/>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="783"/>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="784"/>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="791"/>
        <source>Time since day 0</source>
        <translation>Temps depuis le jour 0</translation>
    </message>
</context>
<context>
    <name>lymph::TreatmentInspector</name>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="80"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="80"/>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="81"/>
        <source>Infusions</source>
        <translation>Perfusions</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="88"/>
        <source>Add infusion</source>
        <translation>Ajouter une perfusion</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="89"/>
        <source>Remove infusion</source>
        <translation>Retirer la perfusion</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="107"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="108"/>
        <source>Stop day</source>
        <translation>Jour d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="109"/>
        <source>Dose (mg/day)</source>
        <translation>Dose (mg/jour)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="110"/>
        <source>First day of fingolimod</source>
        <translation>Premier jour de fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="111"/>
        <source>Stop day of fingolimod</source>
        <translation>Jour d&apos;arrêt de fingolimod</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="112"/>
        <source>Fingolimod dose in mg per day</source>
        <translation>Dose de fingolimod en mg par jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="130"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="132"/>
        <source>Conditioning regimen</source>
        <translation>Protocole de conditionnement</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="131"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="133"/>
        <source>Stem-cell reinfusion day</source>
        <translation>Jour de réinjection des cellules souches</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="188"/>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/TreatmentInspector.cpp" line="192"/>
        <source>%n treatment(s) selected. Arrow keys move them together; Delete removes them.</source>
        <translation>
            <numerusform>%n traitement sélectionné. Les touches fléchées le déplacent ; Suppr le supprime.</numerusform>
            <numerusform>%n traitements sélectionnés. Les touches fléchées les déplacent ensemble ; Suppr les supprime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatments selected. Arrow keys move them together; Delete removes them.</source>
        <translation type="vanished">
            <numerusform>%n traitement sélectionné. Les touches fléchées le déplacent ; Suppr le supprime.</numerusform>
            <numerusform>%n traitements sélectionnés. Les touches fléchées les déplacent ensemble ; Suppr les supprime.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="195"/>
        <source>Select a treatment on the timeline to edit its days and doses, or drag a therapy from the palette onto the timeline.</source>
        <translation>Sélectionnez un traitement sur la frise chronologique pour modifier ses jours et ses doses, ou faites glisser une thérapie de la palette sur la frise chronologique.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="266"/>
        <source>Infusion %1, day: “%2” is not a number</source>
        <translation>Perfusion %1, jour : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="267"/>
        <source>Infusion %1, dose: “%2” is not a number</source>
        <translation>Perfusion %1, dose : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="298"/>
        <location filename="../ui/panels/TreatmentInspector.cpp" line="316"/>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="vanished">jour</translation>
    </message>
    <message>
        <source>dose</source>
        <translation type="vanished">dose</translation>
    </message>
    <message>
        <source>Infusion %1, %2</source>
        <translation type="vanished">Perfusion %1, %2</translation>
    </message>
</context>
<context>
    <name>lymphoscope</name>
    <message>
        <location filename="../app/gui_main.cpp" line="62"/>
        <source>Lymphoscope: explore blood counts after multiple-sclerosis therapies. For exploration and education, not a clinical prediction.</source>
        <translation>Lymphoscope : explorez les numérations sanguines après les traitements de la sclérose en plaques. Pour l&apos;exploration et l&apos;enseignement, pas une prédiction clinique.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="68"/>
        <source>A .lymphoscope.json file or the name of a built-in example (default: %1).</source>
        <translation>Un fichier .lymphoscope.json ou le nom d&apos;un exemple intégré (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="73"/>
        <source>Save a PNG of the window once the simulation has finished, then exit.</source>
        <translation>Enregistre un PNG de la fenêtre une fois la simulation terminée, puis quitte.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="76"/>
        <source>Window size in pixels (default 1366x768).</source>
        <translation>Taille de la fenêtre en pixels (par défaut 1366x768).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="79"/>
        <source>Window theme: system, light or dark.</source>
        <translation>Thème de la fenêtre : system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="83"/>
        <source>Simulate this scenario first and keep it for comparison (up to three times).</source>
        <translation>Simule d&apos;abord ce scénario et le conserve pour comparaison (jusqu&apos;à trois fois).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="86"/>
        <source>Select the N-th treatment (from 1) on the timeline.</source>
        <translation>Sélectionne le N-ième traitement (à partir de 1) sur la frise chronologique.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="95"/>
        <source>Start in the education view (large, simple pictures and plain words for patients).</source>
        <translation>Démarre dans la vue pédagogique (grandes images simples et mots clairs pour les patients).</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="100"/>
        <source>In the education view, explain month M.</source>
        <translation>Dans la vue pédagogique, explique le mois M.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="105"/>
        <source>Simulate a virtual cohort of N patients (50, 200 or 1000) instead of the typical patient.</source>
        <translation>Simule une cohorte virtuelle de N patients (50, 200 ou 1000) au lieu du patient type.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="120"/>
        <source>Expected at most one scenario, got %1.</source>
        <translation>Au plus un scénario attendu, %1 reçus.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="127"/>
        <source>--size: expected WxH in pixels, e.g. 1920x1080 (400x300 to 8000x8000), got &quot;%1&quot;.</source>
        <translation>--size : LxH en pixels attendu, p. ex. 1920x1080 (de 400x300 à 8000x8000), reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="136"/>
        <source>--screenshot: a file name is required.</source>
        <translation>--screenshot : un nom de fichier est requis.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="145"/>
        <source>--theme: expected system, light or dark, got &quot;%1&quot;.</source>
        <translation>--theme : system, light ou dark attendu, reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="153"/>
        <source>--pin: at most %1 scenarios can be kept for comparison.</source>
        <translation>--pin : au plus %1 scénarios peuvent être conservés pour comparaison.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="163"/>
        <source>--select: expected a treatment number from 1, got &quot;%1&quot;.</source>
        <translation>--select : numéro de traitement attendu à partir de 1, reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="197"/>
        <source>--select: the scenario has only %1 treatments.</source>
        <translation>--select : le scénario n&apos;a que %1 traitements.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="220"/>
        <source>--cohort: expected 50, 200 or 1000, got &quot;%1&quot;.</source>
        <translation>--cohort : 50, 200 ou 1000 attendu, reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="231"/>
        <source>--month: expected a month from 0, got &quot;%1&quot;.</source>
        <translation>--month : mois attendu à partir de 0, reçu « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="249"/>
        <source>--screenshot: could not write %1.</source>
        <translation>--screenshot : impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="261"/>
        <source>--screenshot: the simulation did not finish in time.</source>
        <translation>--screenshot : la simulation ne s&apos;est pas terminée à temps.</translation>
    </message>
</context>
</TS>
