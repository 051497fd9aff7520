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
</context>
<context>
    <name>ectowb::models::ProjectFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>Database: SQLite %1</source>
        <translation>Base de données&#xa0;: SQLite %1</translation>
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
            <numerusform>Seul %n fichier est affiché ; le dossier en contient davantage.</numerusform>
            <numerusform>Seuls les %n premiers fichiers sont affichés ; le dossier en contient davantage.</numerusform>
        </translation>
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
</TS>
