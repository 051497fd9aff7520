<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;; choix possibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>A desktop workbench for Ecto, the database toolkit of Elixir.</source>
        <translation>Un atelier pour Ecto, la boîte à outils de bases de données d’Elixir.</translation>
    </message>
    <message>
        <source>Open the project in &lt;folder&gt; (default: the bundled blog sample).</source>
        <translation>Ouvrir le projet situé dans &lt;dossier&gt; (par défaut&#xa0;: l’exemple de blog fourni).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show &lt;file&gt; of the project, a path relative to its folder.</source>
        <translation>Afficher le &lt;fichier&gt; du projet, un chemin relatif à son dossier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, de or fr (default: the system&apos;s).</source>
        <translation>Utiliser la langue &lt;code&gt;&#xa0;: en, de ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;png&gt; et quitter.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>No such project folder: %1</source>
        <translation>Dossier de projet introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2</source>
        <translation>Vue « %1 » inconnue ; vues possibles : %2</translation>
    </message>
    <message>
        <source>Work on the database at &lt;url&gt; instead of the project&apos;s.</source>
        <translation>Travailler sur la base de données à &lt;url&gt; au lieu de celle du projet.</translation>
    </message>
    <message>
        <source>Show the view &lt;name&gt;: schemas, diagram, mismatches, query, changesets or migrations.</source>
        <translation>Afficher la vue &lt;name&gt; : schemas, diagram, mismatches, query, changesets ou migrations.</translation>
    </message>
    <message>
        <source>Put the Ecto query &lt;code&gt; in the query composer.</source>
        <translation>Mettre la requête Ecto &lt;code&gt; dans le compositeur de requêtes.</translation>
    </message>
    <message>
        <source>Run that query once the database is ready.</source>
        <translation>Exécuter cette requête dès que la base de données est prête.</translation>
    </message>
    <message>
        <source>Start in presentation mode (F11): full screen, large fonts, high contrast.</source>
        <translation>Démarrer en mode présentation (F11) : plein écran, grands caractères, contraste élevé.</translation>
    </message>
</context>
<context>
    <name>DatabaseDescription</name>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
</context>
<context>
    <name>EctoMessages</name>
    <message>
        <source>can&apos;t be blank</source>
        <translation>doit être renseigné</translation>
    </message>
    <message>
        <source>is invalid</source>
        <translation>n&apos;est pas valide</translation>
    </message>
    <message>
        <source>has invalid format</source>
        <translation>a un format non valide</translation>
    </message>
    <message>
        <source>has an invalid entry</source>
        <translation>contient une entrée non valide</translation>
    </message>
    <message>
        <source>is reserved</source>
        <translation>est réservé</translation>
    </message>
    <message>
        <source>must be accepted</source>
        <translation>doit être accepté</translation>
    </message>
    <message>
        <source>does not match confirmation</source>
        <translation>ne correspond pas à la confirmation</translation>
    </message>
    <message>
        <source>should be %{count} character(s)</source>
        <translation>doit contenir exactement %{count} caractère(s)</translation>
    </message>
    <message>
        <source>should be at least %{count} character(s)</source>
        <translation>doit contenir au moins %{count} caractère(s)</translation>
    </message>
    <message>
        <source>should be at most %{count} character(s)</source>
        <translation>doit contenir au plus %{count} caractère(s)</translation>
    </message>
    <message>
        <source>should be %{count} byte(s)</source>
        <translation>doit faire exactement %{count} octet(s)</translation>
    </message>
    <message>
        <source>should be at least %{count} byte(s)</source>
        <translation>doit faire au moins %{count} octet(s)</translation>
    </message>
    <message>
        <source>should be at most %{count} byte(s)</source>
        <translation>doit faire au plus %{count} octet(s)</translation>
    </message>
    <message>
        <source>should have %{count} item(s)</source>
        <translation>doit contenir exactement %{count} élément(s)</translation>
    </message>
    <message>
        <source>should have at least %{count} item(s)</source>
        <translation>doit contenir au moins %{count} élément(s)</translation>
    </message>
    <message>
        <source>should have at most %{count} item(s)</source>
        <translation>doit contenir au plus %{count} élément(s)</translation>
    </message>
    <message>
        <source>must be less than %{number}</source>
        <translation>doit être inférieur à %{number}</translation>
    </message>
    <message>
        <source>must be greater than %{number}</source>
        <translation>doit être supérieur à %{number}</translation>
    </message>
    <message>
        <source>must be less than or equal to %{number}</source>
        <translation>doit être inférieur ou égal à %{number}</translation>
    </message>
    <message>
        <source>must be greater than or equal to %{number}</source>
        <translation>doit être supérieur ou égal à %{number}</translation>
    </message>
    <message>
        <source>must be equal to %{number}</source>
        <translation>doit être égal à %{number}</translation>
    </message>
    <message>
        <source>must be not equal to %{number}</source>
        <translation>doit être différent de %{number}</translation>
    </message>
    <message>
        <source>has already been taken</source>
        <translation>est déjà pris</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>is still associated with this entry</source>
        <translation>est encore associé à cette entrée</translation>
    </message>
    <message>
        <source>are still associated with this entry</source>
        <translation>sont encore associés à cette entrée</translation>
    </message>
    <message>
        <source>violates an exclusion constraint</source>
        <translation>viole une contrainte d&apos;exclusion</translation>
    </message>
    <message>
        <source>is stale</source>
        <translation>est obsolète</translation>
    </message>
</context>
<context>
    <name>MigrationDrops</name>
    <message>
        <source>column %1.%2</source>
        <translation>colonne %1.%2</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>index %1</translation>
    </message>
    <message>
        <source>constraint %1 on %2</source>
        <translation>contrainte %1 sur %2</translation>
    </message>
    <message>
        <source>whatever this SQL removes: %1</source>
        <translation>tout ce que ce SQL supprime : %1</translation>
    </message>
    <message>
        <source>whatever this code does: %1</source>
        <translation>tout ce que fait ce code : %1</translation>
    </message>
    <message>
        <source>(cannot read %1: %2)</source>
        <translation>(impossible de lire %1 : %2)</translation>
    </message>
</context>
<context>
    <name>QueryComposerRenderer</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>ectowb::models::MigrationListModel</name>
    <message>
        <source>up</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>down</source>
        <translation>non appliquée</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Cannot be rolled back: %1</source>
        <translation>Retour en arrière impossible : %1</translation>
    </message>
    <message>
        <source>Runs outside a transaction (@disable_ddl_transaction).</source>
        <translation>S&apos;exécute hors transaction (@disable_ddl_transaction).</translation>
    </message>
    <message>
        <source>Has steps that cannot be read ahead (code run by Elixir).</source>
        <translation>Contient des étapes illisibles à l&apos;avance (code exécuté par Elixir).</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n finding(s), the worst: %1</source>
        <translation>
            <numerusform>Revue : %n constat, le plus grave : %1</numerusform>
            <numerusform>Revue : %n constats, le plus grave : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads rows when applied: what it sends after a read depends on the live data.</source>
        <translation>Lit des lignes lors de l’application : ce qu’elle envoie après une lecture dépend des données réelles.</translation>
    </message>
</context>
<context>
    <name>ectowb::models::MismatchModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Field or column</source>
        <translation>Champ ou colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ectowb::models::PipelineStepModel</name>
    <message>
        <source>ran</source>
        <translation>exécuté</translation>
    </message>
    <message>
        <source>interpreted</source>
        <translation>interprété</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>fonction auxiliaire</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>(whole body)</source>
        <translation>(corps entier)</translation>
    </message>
    <message>
        <source>Line %1: not evaluated, so it is not counted as passing: %2</source>
        <translation>Ligne %1 : non évalué, donc pas compté comme réussi : %2</translation>
    </message>
    <message>
        <source>Line %1: a helper that is itself a pipeline; its steps follow</source>
        <translation>Ligne %1 : une fonction auxiliaire qui est elle-même un pipeline ; ses étapes suivent</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>a levé</translation>
    </message>
    <message>
        <source>Line %1: in a branch the run did not take (%2), so it did not run</source>
        <translation>Ligne %1 : dans une branche que l&apos;exécution n&apos;a pas prise (%2), donc non exécutée</translation>
    </message>
    <message>
        <source>Line %1: raised, so the function raised and no step after it ran: %2</source>
        <translation>Ligne %1 : a levé une exception, donc la fonction aussi ; aucune étape suivante n&apos;a été exécutée : %2</translation>
    </message>
</context>
<context>
    <name>ectowb::models::PlanTreeModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
</context>
<context>
    <name>ectowb::models::ProjectFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ectowb::models::QueryHistoryModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ectowb::models::SchemaTreeModel</name>
    <message>
        <source>not understood</source>
        <translation>non compris</translation>
    </message>
    <message>
        <source>embedded schema</source>
        <translation>schéma embarqué</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::BooleanFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ChangesetFormView</name>
    <message>
        <source>Compared with %1 by validate_confirmation; never cast</source>
        <translation>Comparé à %1 par validate_confirmation ; jamais casté</translation>
    </message>
    <message>
        <source>Read by validate_acceptance; never cast</source>
        <translation>Lu par validate_acceptance ; jamais casté</translation>
    </message>
    <message>
        <source>%1, required by validate_required</source>
        <translation>%1, requis par validate_required</translation>
    </message>
    <message>
        <source>This function casts no params: it works on the struct&apos;s data alone.</source>
        <translation>Cette fonction ne caste aucun paramètre : elle ne travaille que sur les données du struct.</translation>
    </message>
    <message>
        <source>Stop sending %1</source>
        <translation>Ne plus envoyer %1</translation>
    </message>
    <message>
        <source>Rows of %1, cast by cast_embed or cast_assoc</source>
        <translation>Lignes de %1, converties par cast_embed ou cast_assoc</translation>
    </message>
    <message>
        <source>A %1, cast by cast_embed or cast_assoc</source>
        <translation>Un %1, converti par cast_embed ou cast_assoc</translation>
    </message>
    <message>
        <source>The row&apos;s changeset function casts no params.</source>
        <translation>La fonction de changeset de la ligne ne convertit aucun paramètre.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ChangesetPreview</name>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schéma :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Repo function:</source>
        <translation>Fonction &amp;Repo :</translation>
    </message>
    <message>
        <source>&amp;Load Row...</source>
        <translation>C&amp;harger une ligne…</translation>
    </message>
    <message>
        <source>Load a row by its primary key as the changeset&apos;s data (Repo.get!)</source>
        <translation>Charger une ligne par sa clé primaire comme données du changeset (Repo.get!)</translation>
    </message>
    <message>
        <source>&amp;New Struct</source>
        <translation>&amp;Nouveau struct</translation>
    </message>
    <message>
        <source>Start again from the schema&apos;s struct with its defaults</source>
        <translation>Repartir du struct du schéma avec ses valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Run the Repo function in a transaction that is rolled back: nothing is written</source>
        <translation>Exécuter la fonction Repo dans une transaction annulée : rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>Sa&amp;ve...</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>Run the Repo function for real and commit, after a confirmation</source>
        <translation>Exécuter vraiment la fonction Repo et valider, après confirmation</translation>
    </message>
    <message>
        <source>R&amp;eset Form</source>
        <translation>&amp;Vider le formulaire</translation>
    </message>
    <message>
        <source>Send no params at all</source>
        <translation>N&apos;envoyer aucun paramètre</translation>
    </message>
    <message>
        <source>Load Row</source>
        <translation>Charger une ligne</translation>
    </message>
    <message>
        <source>%1 of the %2 row to load:</source>
        <translation>%1 de la ligne de %2 à charger :</translation>
    </message>
    <message>
        <source>Loading %1 %2...</source>
        <translation>Chargement de %1 %2…</translation>
    </message>
    <message>
        <source>Loaded %1 %2 as the changeset&apos;s data.</source>
        <translation>%1 %2 chargé comme données du changeset.</translation>
    </message>
    <message>
        <source>Run %1 for real on %2 and commit?

Changes: %3

The database is changed; this cannot be undone here.</source>
        <translation>Exécuter vraiment %1 sur %2 et valider ?

Modifications : %3

La base de données est modifiée ; cela ne peut pas être annulé ici.</translation>
    </message>
    <message>
        <source>Save Changeset</source>
        <translation>Enregistrer le changeset</translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>%1 is an embedded schema: it has no table.</source>
        <translation>%1 est un schéma intégré : il n&apos;a pas de table.</translation>
    </message>
    <message>
        <source>Open a project with Ecto schemas that have changeset functions.</source>
        <translation>Ouvrez un projet dont les schémas Ecto ont des fonctions de changeset.</translation>
    </message>
    <message>
        <source>Data: %%1{} with its defaults (a new struct)</source>
        <translation>Données : %%1{} avec ses valeurs par défaut (un nouveau struct)</translation>
    </message>
    <message>
        <source>Data: the %1 row with %2 %3</source>
        <translation>Données : la ligne de %1 avec %2 %3</translation>
    </message>
    <message>
        <source>%1 is an embedded schema: there is nothing to insert.</source>
        <translation>%1 est un schéma intégré : il n&apos;y a rien à insérer.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>No database: %1</source>
        <translation>Pas de base de données : %1</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ChangesetResultPanel</name>
    <message>
        <source>Try runs the Repo function inside a transaction that is rolled back; Save commits it.</source>
        <translation>Essayer exécute la fonction Repo dans une transaction annulée ; Enregistrer la valide.</translation>
    </message>
    <message>
        <source>&amp;Changeset, as IEx prints it</source>
        <translation>&amp;Changeset, tel qu&apos;IEx l&apos;affiche</translation>
    </message>
    <message>
        <source>Error &amp;messages (traverse_errors)</source>
        <translation>&amp;Messages d&apos;erreur (traverse_errors)</translation>
    </message>
    <message>
        <source>Pipeline ste&amp;ps</source>
        <translation>Étapes du &amp;pipeline</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;données</translation>
    </message>
    <message numerus="yes">
        <source>(unverified: %n step(s) could not be evaluated)</source>
        <translation>
            <numerusform>(non vérifié : %n étape n&apos;a pas pu être évaluée)</numerusform>
            <numerusform>(non vérifié : %n étapes n&apos;ont pas pu être évaluées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n step(s) could not be evaluated)</source>
        <translation>
            <numerusform>(et %n étape n&apos;a pas pu être évaluée)</numerusform>
            <numerusform>(et %n étapes n&apos;ont pas pu être évaluées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The changeset function raised</source>
        <translation>La fonction de changeset a levé une exception</translation>
    </message>
    <message>
        <source>&amp;Database: %1 saved on %2</source>
        <translation>Base de &amp;données : %1 enregistré sur %2</translation>
    </message>
    <message>
        <source>&amp;Database: %1 tried on %2</source>
        <translation>Base de &amp;données : %1 essayé sur %2</translation>
    </message>
    <message>
        <source>Nothing changed: Repo.update sends no statement.</source>
        <translation>Rien n&apos;a changé : Repo.update n&apos;envoie aucune requête.</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Validé.</translation>
    </message>
    <message>
        <source>Rolled back: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The database refused the row; Ecto turned that into the errors above. Rolled back.</source>
        <translation>La base de données a refusé la ligne ; Ecto en a fait les erreurs ci-dessus. Annulé.</translation>
    </message>
    <message>
        <source>The changeset is invalid: Ecto does not send anything.</source>
        <translation>Le changeset n&apos;est pas valide : Ecto n&apos;envoie rien.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::CodeTabs</name>
    <message>
        <source>%1 is too large to show (more than %2 MB).</source>
        <translation>%1 est trop volumineux pour être affiché (plus de %2 Mo).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file.</source>
        <translation>%1 est un fichier binaire.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ConnectionDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;New SQLite File…</source>
        <translation>&amp;Nouveau fichier SQLite…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>postgres://user@host:5432/database or sqlite:/path/to.db</source>
        <translation>postgres://utilisateur@hôte:5432/base ou sqlite:/chemin/vers.db</translation>
    </message>
    <message>
        <source>(libpq&apos;s default)</source>
        <translation>(valeur par défaut de libpq)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>Enre&amp;gistrées :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>&amp;Pilote :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Mode SS&amp;L :</translation>
    </message>
    <message>
        <source>Use the &amp;Project&apos;s Database</source>
        <translation>Utiliser la base du &amp;projet</translation>
    </message>
    <message>
        <source>Save the Connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Open a SQLite Database</source>
        <translation>Ouvrir une base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New SQLite Database</source>
        <translation>Nouvelle base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>Not a database URL: %1</source>
        <translation>Pas une URL de base de données : %1</translation>
    </message>
    <message>
        <source>path/to/database.db</source>
        <translation>chemin/vers/base.db</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Create the Database?</source>
        <translation>Créer la base de données ?</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Create it?</source>
        <translation>La base de données %1 n’existe pas sur %2. La créer ?</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Base de données %1 créée.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Base de données vide %1 créée.</translation>
    </message>
    <message>
        <source>Saved without the password: no keychain is available, so it will be asked for each time.</source>
        <translation>Enregistrée sans le mot de passe : aucun trousseau n’est disponible, il sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>not kept: type it each time</source>
        <translation>non conservé : à saisir à chaque fois</translation>
    </message>
    <message>
        <source>(a new connection)</source>
        <translation>(une nouvelle connexion)</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Création de la base de données %1…</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::EnumFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ListFieldEditor</name>
    <message>
        <source>One element a row; F2 edits the selected one</source>
        <translation>Un élément par ligne ; F2 modifie l&apos;élément choisi</translation>
    </message>
    <message>
        <source>Add an element</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Remove the selected element</source>
        <translation>Retirer l&apos;élément choisi</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n file(s).</source>
        <translation>
            <numerusform>%n fichier chargé.</numerusform>
            <numerusform>%n fichiers chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the project folder.</source>
        <translation>Impossible de lire le dossier du projet.</translation>
    </message>
    <message>
        <source>No such project folder: %1</source>
        <translation>Dossier de projet introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>Ouvrir le projet d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille d’origine</translation>
    </message>
    <message>
        <source>Go to the Project &amp;Tree</source>
        <translation>Aller à l’ar&amp;borescence du projet</translation>
    </message>
    <message>
        <source>Go to the &amp;Code</source>
        <translation>Aller au &amp;code</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Ecto Workbench</source>
        <translation>À &amp;propos d’Ecto Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Ecto Workbench</source>
        <translation>Ecto Workbench</translation>
    </message>
    <message>
        <source>%1 - Ecto Workbench</source>
        <translation>%1 – Ecto Workbench</translation>
    </message>
    <message>
        <source>Database: none</source>
        <translation>Base de données&#xa0;: aucune</translation>
    </message>
    <message>
        <source>About Ecto Workbench</source>
        <translation>À propos d’Ecto Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ecto Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Ecto, the database toolkit of Elixir: browse schemas, compose queries, preview changesets and step through migrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ecto Workbench %1&lt;/h3&gt;&lt;p&gt;Un atelier pour Ecto, la boîte à outils de bases de données d’Elixir&#xa0;: parcourir les schémas, composer des requêtes, prévisualiser des changesets et avancer pas à pas dans les migrations.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>Re&amp;charger le projet</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n file(s); the folder holds more.</source>
        <translation>
            <numerusform>Seul %n fichier est affiché&#xa0;; le dossier en contient davantage.</numerusform>
            <numerusform>Seuls les %n premiers fichiers sont affichés&#xa0;; le dossier en contient davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>&amp;Schémas</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrations</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Open &amp;Database...</source>
        <translation>Ouvrir une base de &amp;données…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Changesets</source>
        <translation>Changesets</translation>
    </message>
    <message>
        <source>C&amp;hangesets</source>
        <translation>C&amp;hangesets</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>Re&amp;quête</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Pr&amp;esentation Mode</source>
        <translation>Mo&amp;de présentation</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MapFieldEditor</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Values that read as JSON (3, true, [1, 2]) are sent as such, others as text</source>
        <translation>Les valeurs lisibles en JSON (3, true, [1, 2]) sont envoyées telles quelles, les autres comme texte</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Retirer l&apos;entrée choisie</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationDelegate</name>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>irreversible</source>
        <translation>irréversible</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>sans transaction</translation>
    </message>
    <message>
        <source>opaque steps</source>
        <translation>étapes opaques</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reads data</source>
        <translation>lit des données</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationLogPane</name>
    <message>
        <source>%v of %m migration(s)</source>
        <translation>%v sur %m migration(s)</translation>
    </message>
    <message>
        <source>The statements of a run appear here as they are sent.</source>
        <translation>Les instructions d&apos;une exécution apparaissent ici à mesure qu&apos;elles sont envoyées.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationPlanDialog</name>
    <message>
        <source>Plan: what Apply All would run</source>
        <translation>Plan : ce que « Tout appliquer » exécuterait</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationReviewPane</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Verrou : %1</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationRunController</name>
    <message>
        <source>-- %1</source>
        <translation>-- %1</translation>
    </message>
    <message>
        <source>== %1 %2 (%3 of %4)</source>
        <translation>== %1 %2 (%3 sur %4)</translation>
    </message>
    <message>
        <source>Applying migrations to %1</source>
        <translation>Application des migrations sur %1</translation>
    </message>
    <message>
        <source>Rolling back migrations on %1</source>
        <translation>Retour en arrière des migrations sur %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Annulé après %n migration.</numerusform>
            <numerusform>Annulé après %n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Rien à exécuter.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n migration(s).</source>
        <translation>
            <numerusform>Terminé : %n migration.</numerusform>
            <numerusform>Terminé : %n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current migration...</source>
        <translation>Annulation après la migration en cours...</translation>
    </message>
    <message>
        <source>Cannot Roll Back</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Roll Back Migrations</source>
        <translation>Revenir sur des migrations</translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n migration(s), newest first:</source>
        <translation>
            <numerusform>Revenir sur %n migration, la plus récente d&apos;abord :</numerusform>
            <numerusform>Revenir sur %n migrations, la plus récente d&apos;abord :</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <translation>Rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>This drops, with the data in it:</source>
        <translation>Ceci supprime, avec les données qu&apos;il contient :</translation>
    </message>
    <message>
        <source>Migration %1 %2 cannot be rolled back, so nothing is run:

%3</source>
        <translation>La migration %1 %2 ne peut pas être annulée, rien n’est donc exécuté :

%3</translation>
    </message>
    <message>
        <source>Record %1 %2 in %3 as applied, without running it?

Do this only when it already ran against this database some other way (for example with mix ecto.migrate). Nothing of its SQL is sent.</source>
        <translation>Enregistrer %1 %2 dans %3 comme appliquée, sans l’exécuter ?

Ne le faites que si elle a déjà été exécutée sur cette base de données d’une autre manière (par exemple avec mix ecto.migrate). Rien de son SQL n’est envoyé.</translation>
    </message>
    <message>
        <source>Mark as Applied</source>
        <translation>Marquer comme appliquée</translation>
    </message>
    <message>
        <source>Marking %1 as applied</source>
        <translation>Enregistrement de %1 comme appliquée</translation>
    </message>
    <message>
        <source>Nothing to apply before %1.</source>
        <translation>Rien à appliquer avant %1.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationSampleReset</name>
    <message>
        <source>Reset the Sample Database</source>
        <translation>Réinitialiser la base de données de l&apos;exemple</translation>
    </message>
    <message>
        <source>Delete %1 and apply every migration of the sample again? Its data is lost.</source>
        <translation>Supprimer %1 et appliquer à nouveau toutes les migrations de l&apos;exemple ? Ses données seront perdues.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Seeded with priv/repo/seeds.exs: %n statement(s).</source>
        <translation>
            <numerusform>Données initiales de priv/repo/seeds.exs : %n instruction.</numerusform>
            <numerusform>Données initiales de priv/repo/seeds.exs : %n instructions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seeds did not run: %1</source>
        <translation>Les données initiales n’ont pas été insérées : %1</translation>
    </message>
    <message>
        <source>The sample database was not reset: %1</source>
        <translation>La base d&apos;exemple n&apos;a pas été réinitialisée : %1</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationSqlPanel</name>
    <message>
        <source>-- no statements</source>
        <translation>-- aucune instruction</translation>
    </message>
    <message>
        <source>SQL up</source>
        <translation>SQL montant</translation>
    </message>
    <message>
        <source>SQL down</source>
        <translation>SQL descendant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Select a migration to read its source and SQL.</source>
        <translation>Sélectionnez une migration pour lire sa source et son SQL.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>SQL up (%1)</source>
        <translation>SQL montant (%1)</translation>
    </message>
    <message>
        <source>SQL down (%1)</source>
        <translation>SQL descendant (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read this migration: %1</source>
        <translation>Impossible de lire cette migration : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none (new table)</source>
        <translation>aucun (nouvelle table)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n finding(s)</source>
        <translation>
            <numerusform>Revue : %n constat</numerusform>
            <numerusform>Revue : %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>-- The run stops here:
-- %1</source>
        <translation>-- L’exécution s’arrête ici :
-- %1</translation>
    </message>
    <message>
        <source>Version %1 is recorded in %2 but no migration file has it: it cannot be rolled back from here.</source>
        <translation>La version %1 est enregistrée dans %2 mais aucun fichier de migration ne la porte : impossible de revenir sur elle d&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>-- This migration reads rows at run time; here it reads an empty database.
-- %n statement(s) after the read may differ or be missing when it runs.

</source>
        <translation>
            <numerusform>-- Cette migration lit des lignes à l’exécution ; ici elle lit une base vide.
-- %n instruction après la lecture peut différer ou manquer à l’exécution.

</numerusform>
            <numerusform>-- Cette migration lit des lignes à l’exécution ; ici elle lit une base vide.
-- %n instructions après la lecture peuvent différer ou manquer à l’exécution.

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationTimeline</name>
    <message>
        <source>The database whose SQL is shown (the connected one by default)</source>
        <translation>La base de données dont le SQL est affiché (celle connectée par défaut)</translation>
    </message>
    <message>
        <source>Loading the project...</source>
        <translation>Chargement du projet...</translation>
    </message>
    <message>
        <source>%1 does not exist yet; applying a migration creates it.</source>
        <translation>%1 n&apos;existe pas encore ; appliquer une migration la crée.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>%1: %2
The migrations and their SQL are shown; use Open Database... to connect one.</source>
        <translation>%1 : %2
Les migrations et leur SQL sont affichés ; utilisez Ouvrir une base de données... pour en connecter une.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n migration(s) applied</source>
        <translation>
            <numerusform>%1 : %2 sur %n migration appliquée</numerusform>
            <numerusform>%1 : %2 sur %n migrations appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;exécution s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Database URL (postgres://user@host/db, sqlite:/path/to.db); empty for the project&apos;s:</source>
        <translation>URL de la base de données (postgres://user@host/db, sqlite:/chemin/vers.db) ; vide pour celle du projet :</translation>
    </message>
    <message>
        <source>Cannot use this database URL: %1</source>
        <translation>Impossible d&apos;utiliser cette URL de base de données : %1</translation>
    </message>
    <message>
        <source>S&amp;QL for:</source>
        <translation>S&amp;QL pour :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>How long a migration may wait for a lock before it is rolled back (lock_timeout)</source>
        <translation>Combien de temps une migration peut attendre un verrou avant d’être annulée (lock_timeout)</translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation>Délai de &amp;verrou :</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationTimelineActions</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the next pending migration (mix ecto.migrate --step 1)</source>
        <translation>Appliquer la prochaine migration en attente (mix ecto.migrate --step 1)</translation>
    </message>
    <message>
        <source>Apply up to &amp;Here</source>
        <translation>Appliquer &amp;jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Apply every pending migration up to the selected one (--to)</source>
        <translation>Appliquer les migrations en attente jusqu&apos;à celle sélectionnée (--to)</translation>
    </message>
    <message>
        <source>Apply A&amp;ll</source>
        <translation>Tout app&amp;liquer</translation>
    </message>
    <message>
        <source>Apply every pending migration (mix ecto.migrate)</source>
        <translation>Appliquer toutes les migrations en attente (mix ecto.migrate)</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>Reven&amp;ir en arrière</translation>
    </message>
    <message>
        <source>Roll back the last applied migration (mix ecto.rollback)</source>
        <translation>Revenir sur la dernière migration appliquée (mix ecto.rollback)</translation>
    </message>
    <message>
        <source>Roll Back &amp;to Here</source>
        <translation>Revenir &amp;jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Roll back every applied migration down to and including the selected one (--to)</source>
        <translation>Revenir sur les migrations appliquées jusqu&apos;à celle sélectionnée incluse (--to)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop after the migration that is running</source>
        <translation>S&apos;arrêter après la migration en cours</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read the migration status again</source>
        <translation>Relire l&apos;état des migrations</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <source>Use another database than the project&apos;s</source>
        <translation>Utiliser une autre base de données que celle du projet</translation>
    </message>
    <message>
        <source>Re&amp;set Sample</source>
        <translation>&amp;Réinitialiser l&apos;exemple</translation>
    </message>
    <message>
        <source>Delete the sample&apos;s database and apply every migration again</source>
        <translation>Supprimer la base de données de l&apos;exemple et appliquer à nouveau toutes les migrations</translation>
    </message>
    <message>
        <source>&amp;Plan...</source>
        <translation>&amp;Plan...</translation>
    </message>
    <message>
        <source>What Apply All would run: statements, locks, findings, reversibility (nothing runs)</source>
        <translation>Ce que « Tout appliquer » exécuterait : instructions, verrous, constats, réversibilité (rien n’est exécuté)</translation>
    </message>
    <message>
        <source>&amp;Mark as Applied</source>
        <translation>Marquer comme appli&amp;quée</translation>
    </message>
    <message>
        <source>Record the selected migration as applied without running it (it ran elsewhere)</source>
        <translation>Enregistrer la migration sélectionnée comme appliquée sans l’exécuter (elle a été exécutée ailleurs)</translation>
    </message>
    <message>
        <source>&amp;Stop Here</source>
        <translation>S’arrê&amp;ter ici</translation>
    </message>
    <message>
        <source>Apply every pending migration before the selected one, and stop there</source>
        <translation>Appliquer toutes les migrations en attente avant celle sélectionnée, et s’arrêter là</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (irreversible)</source>
        <translation>%1 (irréversible)</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::OpenParametersEditor</name>
    <message>
        <source>Pins the query leaves unbound get a value here.</source>
        <translation>Les pins que la requête laisse libres reçoivent ici une valeur.</translation>
    </message>
    <message>
        <source>an Elixir literal, cast to %1</source>
        <translation>un littéral Elixir, converti en %1</translation>
    </message>
    <message>
        <source>Not an Elixir literal: write 7, &quot;text&quot;, true, nil or [1, 2]</source>
        <translation>Pas un littéral Elixir : écrivez 7, &quot;text&quot;, true, nil ou [1, 2]</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::OrderByEditor</name>
    <message>
        <source>Add a sort term</source>
        <translation>Ajouter un critère de tri</translation>
    </message>
    <message>
        <source>Remove the selected sort term</source>
        <translation>Retirer le critère de tri sélectionné</translation>
    </message>
    <message>
        <source>This ordering is more than fields: edit it as code below.</source>
        <translation>Ce tri va au-delà de simples champs : modifiez-le comme code ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Critères :</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>C&amp;hamp :</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::PasswordStore</name>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Cette version ne sait pas utiliser de trousseau.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::PlanView</name>
    <message>
        <source>The database gave no plan.</source>
        <translation>La base de données n’a fourni aucun plan.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ProjectDock</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Project files</source>
        <translation>Fichiers du projet</translation>
    </message>
    <message>
        <source>&amp;Project Files</source>
        <translation>&amp;Fichiers du projet</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryComposer</name>
    <message>
        <source>Step &amp;through</source>
        <translation>Pas à pas (&amp;t)</translation>
    </message>
    <message>
        <source>Keyword syntax</source>
        <translation>Syntaxe à mots-clés</translation>
    </message>
    <message>
        <source>Pipe syntax</source>
        <translation>Syntaxe pipe</translation>
    </message>
    <message>
        <source>Show the SQL after the selected step and mark what that step added</source>
        <translation>Afficher le SQL après l’étape choisie et marquer ce que cette étape ajoute</translation>
    </message>
    <message>
        <source>Type or paste an Ecto query, e.g. from p in Post, where: p.published</source>
        <translation>Saisir ou coller une requête Ecto, p. ex. from p in Post, where: p.published</translation>
    </message>
    <message>
        <source>Ecto &amp;code</source>
        <translation>&amp;Code Ecto</translation>
    </message>
    <message>
        <source>Shown as code only (the steps stay as they were): %1</source>
        <translation>Affiché seulement comme code (les étapes restent telles quelles) : %1</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run the query on the open database (Ctrl+Return)</source>
        <translation>Exécuter la requête sur la base de données ouverte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Ex&amp;pliquer</translation>
    </message>
    <message>
        <source>Show how the database plans the query (Ctrl+E)</source>
        <translation>Montrer comment la base de données planifie la requête (Ctrl+E)</translation>
    </message>
    <message>
        <source>Undo Step Edit</source>
        <translation>Annuler la modification d’étape</translation>
    </message>
    <message>
        <source>Redo Step Edit</source>
        <translation>Rétablir la modification d’étape</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryComposerRunController</name>
    <message>
        <source>Change the Database</source>
        <translation>Modifier la base de données</translation>
    </message>
    <message>
        <source>This statement changes rows of the database:

%1

Run it?</source>
        <translation>Cette instruction modifie des lignes de la base de données :

%1

L’exécuter ?</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryComposerSqlPane</name>
    <message>
        <source>No parameters</source>
        <translation>Aucun paramètre</translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <source>P&amp;arameters</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <source>Give %1 a value below to see the parameters.</source>
        <translation>Donnez une valeur à %1 ci-dessous pour voir les paramètres.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryComposerStepPane</name>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Étapes</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>&amp;Retirer l’étape</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryRunPanel</name>
    <message>
        <source>Activate an entry (Enter or double-click) to bring its query back</source>
        <translation>Activer une entrée (Entrée ou double-clic) pour retrouver sa requête</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Pre&amp;loads</source>
        <translation>Pré&amp;chargements</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>No database is open: the SQL is shown, nothing runs.</source>
        <translation>Aucune base de données ouverte : le SQL est affiché, rien ne s’exécute.</translation>
    </message>
    <message>
        <source>Runs on %1 (Ctrl+Return runs, Ctrl+E explains).</source>
        <translation>S’exécute sur %1 (Ctrl+Entrée exécute, Ctrl+E explique).</translation>
    </message>
    <message>
        <source>-- this query preloads nothing</source>
        <translation>-- cette requête ne précharge rien</translation>
    </message>
    <message>
        <source>The rows and the plan below come from an earlier version of the query: run it again (Ctrl+Return).</source>
        <translation>Les lignes et le plan ci-dessous viennent d’une version antérieure de la requête : exécutez-la de nouveau (Ctrl+Entrée).</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::RelationFieldEditor</name>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Send one more row in %1</source>
        <translation>Envoyer une ligne de plus dans %1</translation>
    </message>
    <message>
        <source>Send %1 as a nested map</source>
        <translation>Envoyer %1 comme map imbriquée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Remove row %1 of %2</source>
        <translation>Retirer la ligne %1 de %2</translation>
    </message>
    <message>
        <source>Stop sending %1</source>
        <translation>Ne plus envoyer %1</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ResultGridView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy with Column Names</source>
        <translation>Copier avec les noms de colonnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Exporter les lignes</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé&#xa0;; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s) written</source>
        <translation>
            <numerusform>Export en cours… %n ligne écrite</numerusform>
            <numerusform>Export en cours… %n lignes écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fetched, more…</source>
        <translation>
            <numerusform>%n ligne chargée, d’autres suivent…</numerusform>
            <numerusform>%n lignes chargées, d’autres suivent…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n ligne concernée</numerusform>
            <numerusform>%n lignes concernées</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown; the others went to the export</source>
        <translation>
            <numerusform>%n ligne affichée ; les autres sont allées dans l’export</numerusform>
            <numerusform>%n lignes affichées&#xa0;; les autres sont allées dans l’export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n row(s)</source>
        <translation>
            <numerusform>Annulé après %n ligne</numerusform>
            <numerusform>Annulé après %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fetched; the result was closed</source>
        <translation>
            <numerusform>%n ligne chargée ; le résultat a été fermé</numerusform>
            <numerusform>%n lignes chargées&#xa0;; le résultat a été fermé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaBrowser</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Filter schemas (Ctrl+F)</source>
        <translation>Filtrer les schémas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter Schemas</source>
        <translation>Filtrer les schémas</translation>
    </message>
    <message>
        <source>Not compared with a database yet.</source>
        <translation>Pas encore comparé à une base de données.</translation>
    </message>
    <message>
        <source>The schemas match the database %1.</source>
        <translation>Les schémas correspondent à la base de données %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with the database %1.</source>
        <translation>
            <numerusform>%n différence avec la base de données %1.</numerusform>
            <numerusform>%n différences avec la base de données %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>none (embedded schema)</source>
        <translation>aucune (schéma embarqué)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Virtual fields</source>
        <translation>Champs virtuels</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>Embeds</source>
        <translation>Embarqués</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Differences with the database</source>
        <translation>Différences avec la base de données</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) not understood; fields may be missing.</source>
        <translation>
            <numerusform>%n déclaration non comprise ; des champs peuvent manquer.</numerusform>
            <numerusform>%n déclarations non comprises ; des champs peuvent manquer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaDiagram</name>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>  Showing the %1 most connected of %2 schemas.</source>
        <translation>  Affichage des %1 schémas les plus reliés sur %2.</translation>
    </message>
    <message>
        <source>Schema diagram</source>
        <translation>Diagramme des schémas</translation>
    </message>
    <message>
        <source>Export the Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Find a schema</source>
        <translation>Chercher un schéma</translation>
    </message>
    <message>
        <source>Schemas…</source>
        <translation>Schémas…</translation>
    </message>
    <message>
        <source>Schemas in the Diagram</source>
        <translation>Schémas du diagramme</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>  Showing %1 of %2 schemas.</source>
        <translation>  %1 schémas affichés sur %2.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaDock</name>
    <message>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Reading the project… %p%</source>
        <translation>Lecture du projet… %p%</translation>
    </message>
    <message>
        <source>Comparing with the database %1…</source>
        <translation>Comparaison avec la base de données %1…</translation>
    </message>
    <message>
        <source>Cannot reach the database %1: %2</source>
        <translation>Impossible de joindre la base de données %1 : %2</translation>
    </message>
    <message>
        <source>There is no database to compare with: %1</source>
        <translation>Aucune base de données à comparer : %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: apply the migrations to create it.</source>
        <translation>%1 n’existe pas encore : appliquez les migrations pour la créer.</translation>
    </message>
    <message>
        <source>%1 has no mix.exs: it is not the root of a Mix project. Open the folder that holds mix.exs (File, Open Project).</source>
        <translation>%1 ne contient pas de mix.exs : ce n’est pas la racine d’un projet Mix. Ouvrez le dossier qui contient mix.exs (Fichier, Ouvrir un projet).</translation>
    </message>
    <message numerus="yes">
        <source>No Ecto schema was found in %1 (%n file(s) read). Schemas are modules that use Ecto.Schema under lib/.</source>
        <translation>
            <numerusform>Aucun schéma Ecto trouvé dans %1 (%n fichier lu). Les schémas sont les modules sous lib/ qui utilisent Ecto.Schema.</numerusform>
            <numerusform>Aucun schéma Ecto trouvé dans %1 (%n fichiers lus). Les schémas sont les modules sous lib/ qui utilisent Ecto.Schema.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>Le projet est fermé.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Next step (presentation mode)</source>
        <translation>Étape suivante (mode présentation)</translation>
    </message>
    <message>
        <source>Right, Down, Page Down</source>
        <translation>Droite, Bas, Page suivante</translation>
    </message>
    <message>
        <source>Previous step (presentation mode)</source>
        <translation>Étape précédente (mode présentation)</translation>
    </message>
    <message>
        <source>Left, Up, Page Up</source>
        <translation>Gauche, Haut, Page précédente</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Esc, F11</source>
        <translation>Échap, F11</translation>
    </message>
    <message>
        <source>Zoom the diagram</source>
        <translation>Zoomer le diagramme</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::StepEditor</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Join:</source>
        <translation>&amp;Jointure :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On :</translation>
    </message>
    <message>
        <source>&amp;Binding:</source>
        <translation>&amp;Liaison :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Named as:</source>
        <translation>&amp;Nommée :</translation>
    </message>
    <message>
        <source>a value (10, &quot;text&quot;, true, [1, 2]) or a parameter name</source>
        <translation>une valeur (10, &quot;text&quot;, true, [1, 2]) ou un nom de paramètre</translation>
    </message>
    <message>
        <source>&amp;Parameter (^)</source>
        <translation>&amp;Paramètre (^)</translation>
    </message>
    <message>
        <source>Pin the value: it is sent as a bound parameter, as ^name in Ecto</source>
        <translation>Épingler la valeur : elle est envoyée comme paramètre lié, comme ^name en Ecto</translation>
    </message>
    <message>
        <source>This condition is more than one comparison: edit it as code below.</source>
        <translation>Cette condition est plus qu’une comparaison : modifiez-la comme code ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;pérateur :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>The schema or table the query reads, bound to a variable.</source>
        <translation>Le schéma ou la table que lit la requête, lié à une variable.</translation>
    </message>
    <message>
        <source>Follow an association with assoc(p, :name), or join a schema with an on: condition.</source>
        <translation>Suivre une association avec assoc(p, :name), ou joindre un schéma avec une condition on:.</translation>
    </message>
    <message>
        <source>Rows to keep: p.published == true, p.view_count &gt; ^min, is_nil(p.published_at).</source>
        <translation>Lignes à garder : p.published == true, p.view_count &gt; ^min, is_nil(p.published_at).</translation>
    </message>
    <message>
        <source>Groups to keep: count(c.id) &gt; 2.</source>
        <translation>Groupes à garder : count(c.id) &gt; 2.</translation>
    </message>
    <message>
        <source>What each row returns: p, p.title, {p.id, p.title}, %{title: p.title}, map(p, [:id]).</source>
        <translation>Ce que renvoie chaque ligne : p, p.title, {p.id, p.title}, %{title: p.title}, map(p, [:id]).</translation>
    </message>
    <message>
        <source>Fields merged into the select: %{author: u.name}.</source>
        <translation>Champs fusionnés dans le select : %{author: u.name}.</translation>
    </message>
    <message>
        <source>true, or the expressions rows must differ in: [p.author_id].</source>
        <translation>true, ou les expressions dans lesquelles les lignes doivent différer : [p.author_id].</translation>
    </message>
    <message>
        <source>The expressions to group by: p.author_id or [p.author_id, p.published].</source>
        <translation>Les expressions de regroupement : p.author_id ou [p.author_id, p.published].</translation>
    </message>
    <message>
        <source>Sorting: [desc: p.inserted_at] or [asc: p.title, desc: p.id].</source>
        <translation>Tri : [desc: p.inserted_at] ou [asc: p.title, desc: p.id].</translation>
    </message>
    <message>
        <source>How many rows at most: 10 or ^limit.</source>
        <translation>Nombre maximal de lignes : 10 ou ^limit.</translation>
    </message>
    <message>
        <source>How many rows to skip: 20 or ^offset.</source>
        <translation>Nombre de lignes à sauter : 20 ou ^offset.</translation>
    </message>
    <message>
        <source>Associations loaded with the rows: :comments or [comments: c] with a join.</source>
        <translation>Associations chargées avec les lignes : :comments ou [comments: c] avec une jointure.</translation>
    </message>
    <message>
        <source>Select a step to edit it.</source>
        <translation>Choisissez une étape pour la modifier.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::TemporalFieldEditor</name>
    <message>
        <source>send</source>
        <translation>envoyer</translation>
    </message>
    <message>
        <source>Send a value for this field; unchecked, the form leaves it out</source>
        <translation>Envoyer une valeur pour ce champ ; décoché, le formulaire l&apos;omet</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::TextFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
</context>
</TS>
