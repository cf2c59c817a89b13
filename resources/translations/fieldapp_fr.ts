<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountNotices</name>
    <message>
        <source>The keystore file cannot be written, so the account roles could not be signed this time.</source>
        <translation>Le fichier des clés ne peut pas être écrit : les rôles des comptes n'ont pas pu être signés cette fois.</translation>
    </message>
    <message>
        <source>This admin account does not hold the admin key: another admin must reset its password before it can change accounts.</source>
        <translation>Ce compte administrateur ne détient pas la clé d'administration : un autre administrateur doit réinitialiser son mot de passe avant qu'il puisse modifier les comptes.</translation>
    </message>
    <message>
        <source>The account roles are now signed with the admin key. Check the list of accounts once: a role changed before now was signed with the rest.</source>
        <translation>Les rôles des comptes sont maintenant signés avec la clé d'administration. Vérifiez une fois la liste des comptes : un rôle modifié avant ce moment a été signé avec les autres.</translation>
    </message>
    <message>
        <source>The record of accounts was removed or signed with a key that is not this vault's admin key. It is signed again; these accounts are refused until an admin removes them and adds them again: %1</source>
        <translation>Le registre des comptes a été supprimé ou signé avec une clé qui n'est pas la clé d'administration de ce coffre. Il est signé de nouveau ; ces comptes sont refusés jusqu'à ce qu'un administrateur les supprime et les ajoute de nouveau : %1</translation>
    </message>
    <message>
        <source>The account roles are not signed yet: an admin's next sign-in signs them.</source>
        <translation>Les rôles des comptes ne sont pas encore signés : la prochaine connexion d'un administrateur les signera.</translation>
    </message>
    <message>
        <source>The key slots of these accounts were altered and they are refused: %1. Remove them and add them again with the right role.</source>
        <translation>Les emplacements de clé de ces comptes ont été modifiés et ils sont refusés : %1. Supprimez-les et ajoutez-les de nouveau avec le bon rôle.</translation>
    </message>
    <message>
        <source>Failed sign-in counters were set back by editing the keystore file for: %1. Someone may be guessing passwords.</source>
        <translation>Les compteurs d'échecs de connexion ont été remis en arrière en modifiant le fichier des clés pour : %1. Quelqu'un essaie peut-être de deviner des mots de passe.</translation>
    </message>
    <message>
        <source>The record of accounts is signed with another admin key than this account knows: its interview keys are not shared with other accounts until an admin signs in.</source>
        <translation>Le registre des comptes est signé avec une autre clé d'administration que celle que ce compte connaît : ses clés d'entretien ne sont pas partagées avec d'autres comptes tant qu'un administrateur ne s'est pas connecté.</translation>
    </message>
    <message>
        <source>Interviews are now sealed per officer (%1 officer(s)): each officer reads their own; supervisor accounts read every officer's.</source>
        <translation>Les entretiens sont maintenant scellés par agent (%1 agent(s)) : chaque agent lit les siens ; les comptes superviseur lisent ceux de tous les agents.</translation>
    </message>
    <message>
        <source>%1 interview key(s) given to this account did not open: the vault was altered.</source>
        <translation>%1 clé(s) d'entretien données à ce compte ne se sont pas ouvertes : le coffre a été modifié.</translation>
    </message>
    <message>
        <source>This account's own interview key is no longer given to it (the vault was altered): new interviews are sealed under a new key.</source>
        <translation>La clé d'entretien propre à ce compte ne lui est plus donnée (le coffre a été modifié) : les nouveaux entretiens sont scellés sous une nouvelle clé.</translation>
    </message>
    <message>
        <source>The interview keys could not be brought up to date this time: %1</source>
        <translation>Les clés d'entretien n'ont pas pu être mises à jour cette fois : %1</translation>
    </message>
    <message>
        <source>The keystore file cannot be written, so this account's interview key could not be sealed in its slot this time.</source>
        <translation>Le fichier des clés ne peut pas être écrit : la clé d'entretien de ce compte n'a pas pu être scellée dans son emplacement cette fois.</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Comptes sur cet ordinateur</translation>
    </message>
    <message>
        <source>The audit log records this. An admin sees the accounts with “fieldapp user list”.</source>
        <translation>Le journal d'audit l'enregistre. Un administrateur voit les comptes avec « fieldapp user list ».</translation>
    </message>
</context>
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Search reference, site, form, name…</source>
        <translation>Rechercher une référence, un lieu, un formulaire, un nom…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Closed: handed on to another organisation</source>
        <translation>Clos : confié à une autre organisation</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>envoyée, pas encore de réponse</translation>
    </message>
    <message>
        <source>received by the service</source>
        <translation>reçue par le service</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>services started</source>
        <translation>prise en charge commencée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeBox</name>
    <message>
        <source>Supervisor's follow-up</source>
        <translation>Suivi du superviseur</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(depuis le %1)</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>Orientation vers %1 : %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>%1, version of %2</source>
        <translation>%1, version du %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Langue de l’entretien</translation>
    </message>
    <message>
        <source>Earlier revision</source>
        <translation>Révision précédente</translation>
    </message>
    <message>
        <source>Later revision</source>
        <translation>Révision suivante</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Noter le suivi…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>Examiner le conflit…</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>Lu en</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notes du dossier</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique du statut</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>Notes et historique</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>citizenship %1</source>
        <translation>nationalité %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>Révision %1 — %2, %3</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Revision %1: %2 versions, %3</source>
        <translation>Révision %1 : %2 versions, %3</translation>
    </message>
    <message>
        <source>Some revisions of this case arrived in more than one version.</source>
        <translation>Certaines révisions de ce dossier sont arrivées en plusieurs versions.</translation>
    </message>
    <message>
        <source>No version conflict in this case.</source>
        <translation>Aucun conflit de version dans ce dossier.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Choose two different revisions to compare.</source>
        <translation>Choisissez deux révisions différentes à comparer.</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Revision %1 by %2 on %3, reason: “%4”. %5 field(s) differ.</source>
        <translation>Révision %1 par %2 le %3, motif : « %4 ». %5 champ(s) diffère(nt).</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun motif donné</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save picture…</source>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <source>Save the picture of %1</source>
        <translation>Enregistrer l’image de %1</translation>
    </message>
    <message>
        <source>Save numbers…</source>
        <translation>Enregistrer les chiffres…</translation>
    </message>
    <message>
        <source>Save the numbers of %1</source>
        <translation>Enregistrer les chiffres de %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 people with information</source>
        <translation>%1 personnes avec des informations</translation>
    </message>
    <message>
        <source>still reading answers…</source>
        <translation>lecture des réponses en cours…</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Type to find, then Enter, and Space to tick</source>
        <translation>Tapez pour chercher, puis Entrée, et Espace pour cocher</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi : %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Rien n’est encore choisi.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict in %1, revision %2</source>
        <translation>Conflit dans %1, révision %2</translation>
    </message>
    <message>
        <source>Why this version is the right one</source>
        <translation>Pourquoi cette version est la bonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <source>Undo the resolution</source>
        <translation>Annuler la résolution</translation>
    </message>
    <message>
        <source>The selected version against the one shown:</source>
        <translation>La version choisie par rapport à celle affichée :</translation>
    </message>
    <message>
        <source>%1 versions of this revision arrived. Compare them, choose the one to show, and say why. The others stay in the ledger.</source>
        <translation>%1 versions de cette révision sont arrivées. Comparez-les, choisissez celle à afficher et dites pourquoi. Les autres restent dans le registre.</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: “%3”. Undo it to choose again.</source>
        <translation>Résolu par %1 le %2 : « %3 ». Annulez pour choisir à nouveau.</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Affichée maintenant</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>%1 finalised interview(s) under this filter.</source>
        <translation>%1 entretien(s) finalisé(s) avec ce filtre.</translation>
    </message>
    <message>
        <source>Reading answers for types of exploitation and means of control: %1 of %2.</source>
        <translation>Lecture des réponses sur les types d’exploitation et les moyens de contrôle : %1 sur %2.</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Enregistrer le graphique comme image</translation>
    </message>
    <message>
        <source>Save the chart's numbers</source>
        <translation>Enregistrer les chiffres du graphique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>People with information</source>
        <translation>Personnes avec des informations</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Screenings by month</source>
        <translation>Repérages par mois</translation>
    </message>
    <message>
        <source>Results by level</source>
        <translation>Résultats par niveau</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <translation>Types d’exploitation</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>Moyens de contrôle</translation>
    </message>
    <message>
        <source>Children and adults</source>
        <translation>Enfants et adultes</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Par lieu</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Par agent</translation>
    </message>
</context>
<context>
    <name>DemoProgressWindow</name>
    <message>
        <source>Preparing the demo</source>
        <translation>Préparation de la démo</translation>
    </message>
    <message>
        <source>Preparing a demo vault with fictional interviews…</source>
        <translation>Préparation d’un coffre de démonstration avec des entretiens fictifs…</translation>
    </message>
    <message>
        <source>Nothing real is in it; it is deleted when the window closes.</source>
        <translation>Il ne contient rien de réel ; il est supprimé à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Device %1, accepted %2</source>
        <translation>Appareil %1, accepté le %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Laptop code</source>
        <translation>Code de l’ordinateur</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Last no.</source>
        <translation>Dernier n°</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>Numéros manquants</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <source>Enrol this laptop (optional)</source>
        <translation>Enrôler cet ordinateur (facultatif)</translation>
    </message>
    <message>
        <source>If your supervisor gave you an enrollment file, choose it here and type the supervisor code shown on their screen. You can also do this later.</source>
        <translation>Si votre superviseur vous a remis un fichier d’enrôlement, choisissez-le ici et saisissez le code affiché sur son écran. Vous pouvez aussi le faire plus tard.</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>Fichier d’enrôlement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation>Code du superviseur</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrôler</translation>
    </message>
    <message>
        <source>Enrollment files (*.fse)</source>
        <translation>Fichiers d’enrôlement (*.fse)</translation>
    </message>
    <message>
        <source>Enrolled with %1. Read this laptop's code to your supervisor:</source>
        <translation>Enrôlé auprès de %1. Lisez le code de cet ordinateur à votre superviseur :</translation>
    </message>
    <message>
        <source>Give them the registration file: %1</source>
        <translation>Remettez-lui le fichier d’enregistrement : %1</translation>
    </message>
    <message>
        <source>This supervisor code does not match the enrollment file. Compare it with the code on your supervisor's screen and type it again. If they still differ, the file may have been swapped on the way: ask for a new one.</source>
        <translation>Ce code du superviseur ne correspond pas au fichier d’enrôlement. Comparez-le avec le code affiché sur l’écran de votre superviseur et saisissez-le à nouveau. S’ils diffèrent encore, le fichier a peut-être été échangé en chemin : demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Choose the file and type the supervisor code.</source>
        <translation>Choisissez le fichier et saisissez le code du superviseur.</translation>
    </message>
    <message>
        <source>Checking the enrollment file…</source>
        <translation>Vérification du fichier d’enrôlement…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Enrolled with %1. Read this laptop's code to your supervisor: %2. Give them the registration file: %3</source>
        <translation>Enrôlé auprès de %1. Lisez le code de cet ordinateur à votre superviseur : %2. Remettez-lui le fichier d’enregistrement : %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Tables per form (Excel, .xlsx)</source>
        <translation>Tableaux par formulaire (Excel, .xlsx)</translation>
    </message>
    <message>
        <source>Tables per form (CSV files in a .zip)</source>
        <translation>Tableaux par formulaire (fichiers CSV dans un .zip)</translation>
    </message>
    <message>
        <source>HTCDS 2.0 records (.json)</source>
        <translation>Enregistrements HTCDS 2.0 (.json)</translation>
    </message>
    <message>
        <source>HTCDS 2.0 records (CSV in a .zip)</source>
        <translation>Enregistrements HTCDS 2.0 (CSV dans un .zip)</translation>
    </message>
    <message>
        <source>OpenRosa submissions for ODK Central (.zip)</source>
        <translation>Soumissions OpenRosa pour ODK Central (.zip)</translation>
    </message>
    <message>
        <source>Anonymised statistics, small numbers withheld (.xlsx)</source>
        <translation>Statistiques anonymisées, petits nombres masqués (.xlsx)</translation>
    </message>
    <message>
        <source>Anonymised statistics, small numbers withheld (.csv)</source>
        <translation>Statistiques anonymisées, petits nombres masqués (.csv)</translation>
    </message>
    <message>
        <source>Export interviews</source>
        <translation>Exporter des entretiens</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <source>Field and choice names (as ODK exports them)</source>
        <translation>Noms des champs et des choix (comme ODK les exporte)</translation>
    </message>
    <message>
        <source>Encrypt to a public key (age)</source>
        <translation>Chiffrer pour une clé publique (age)</translation>
    </message>
    <message>
        <source>Plaintext: I will protect the file myself</source>
        <translation>En clair : je protégerai le fichier moi-même</translation>
    </message>
    <message>
        <source>Choose key file…</source>
        <translation>Choisir le fichier de clé…</translation>
    </message>
    <message>
        <source>No key chosen</source>
        <translation>Aucune clé choisie</translation>
    </message>
    <message>
        <source>Anonymised: counts of people only, no identifiers; every number under 11 and any number that would reveal one are withheld.</source>
        <translation>Anonymisé : uniquement des nombres de personnes, sans identifiants ; tout nombre inférieur à 11 et tout nombre qui permettrait d’en déduire un sont masqués.</translation>
    </message>
    <message>
        <source>The file will hold names and answers in the clear. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>Le fichier contiendra les noms et les réponses en clair. Conservez-le sur un disque chiffré et supprimez-le dès qu’il n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisissez où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message numerus="yes">
        <source>%n finalised interview(s) in the current filter</source>
        <translation>
            <numerusform>%n entretien finalisé dans le filtre actuel</numerusform>
            <numerusform>%n entretiens finalisés dans le filtre actuel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalised interview(s)</source>
        <translation>
            <numerusform>%n entretien finalisé</numerusform>
            <numerusform>%n entretiens finalisés</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised statistics of %n interview(s) saved to {path}.</source>
        <translation>
            <numerusform>Statistiques anonymisées de %n entretien enregistrées dans {path}.</numerusform>
            <numerusform>Statistiques anonymisées de %n entretiens enregistrées dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) saved, encrypted, to {path}.</source>
        <translation>
            <numerusform>%n entretien enregistré, chiffré, dans {path}.</numerusform>
            <numerusform>%n entretiens enregistrés, chiffrés, dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) saved to {path}. The file is NOT encrypted: keep it safe.</source>
        <translation>
            <numerusform>%n entretien enregistré dans {path}. Le fichier n’est PAS chiffré : conservez-le en lieu sûr.</numerusform>
            <numerusform>%n entretiens enregistrés dans {path}. Le fichier n’est PAS chiffré : conservez-le en lieu sûr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPrompts</name>
    <message>
        <source>Save the export</source>
        <translation>Enregistrer l’export</translation>
    </message>
    <message>
        <source>Export files (*{suffix})</source>
        <translation>Fichiers d’export (*{suffix})</translation>
    </message>
    <message>
        <source>The age public key to encrypt to</source>
        <translation>La clé publique age pour le chiffrement</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt *.age-recipient)</source>
        <translation>Clés publiques (*.pub *.txt *.age-recipient)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FileReportModel</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>✖ Rejected</source>
        <translation>✖ Rejeté</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Dans l’ordre</translation>
    </message>
    <message>
        <source>Gap: missing %1</source>
        <translation>Lacune : manque %1</translation>
    </message>
    <message>
        <source>Late: fills an earlier gap</source>
        <translation>En retard : comble une lacune</translation>
    </message>
    <message>
        <source>Number used before: look into it</source>
        <translation>Numéro déjà utilisé : à examiner</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>Déjà reçu</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled before this file. It is untouched.</source>
        <translation>Non importé : l’importation a été annulée avant ce fichier. Il est resté intact.</translation>
    </message>
    <message>
        <source>This bundle was imported before: nothing changed. Its receipt is offered again.</source>
        <translation>Ce lot a déjà été importé : rien n’a changé. Son accusé de réception est proposé à nouveau.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Déplacé vers</translation>
    </message>
</context>
<context>
    <name>FileReportsView</name>
    <message>
        <source>Files imported</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Only files that need a look</source>
        <translation>Seulement les fichiers à vérifier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No file imported since you signed in.</source>
        <translation>Aucun fichier importé depuis votre connexion.</translation>
    </message>
    <message>
        <source>%1 file(s): %2 imported, %3 already imported, %4 rejected, %5 skipped. Records: %6 new, %7 unchanged, %8 in conflict.</source>
        <translation>%1 fichier(s) : %2 importé(s), %3 déjà importé(s), %4 rejeté(s), %5 ignoré(s). Éléments : %6 nouveau(x), %7 inchangé(s), %8 en conflit.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search reference, site, name…</source>
        <translation>Rechercher une référence, un lieu, un nom…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Any case status</source>
        <translation>Tous les statuts de dossier</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Children and adults</source>
        <translation>Enfants et adultes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>With or without conflict</source>
        <translation>Avec ou sans conflit</translation>
    </message>
    <message>
        <source>With an open conflict</source>
        <translation>Avec un conflit ouvert</translation>
    </message>
    <message>
        <source>Without conflict</source>
        <translation>Sans conflit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n’importe quel jour</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Finalise the interview</source>
        <translation>Finaliser l'entretien</translation>
    </message>
    <message>
        <source>Finalise this interview now?</source>
        <translation>Finaliser cet entretien maintenant ?</translation>
    </message>
    <message>
        <source>The answers are then locked and the screening result is shown. A correction later becomes a new revision, with its reason recorded.</source>
        <translation>Les réponses sont alors verrouillées et le résultat du repérage s'affiche. Une correction ultérieure devient une nouvelle révision, avec sa raison enregistrée.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Keep checking</source>
        <translation>Continuer à vérifier</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the referral's follow-up</source>
        <translation>Noter le suivi de l’orientation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — actuellement : %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>This step means the referral did not succeed: say why.</source>
        <translation>Cette étape signifie que l’orientation n’a pas abouti : indiquez pourquoi.</translation>
    </message>
    <message>
        <source>A reason is optional for this step.</source>
        <translation>Le motif est facultatif pour cette étape.</translation>
    </message>
</context>
<context>
    <name>FormNames</name>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Bundle files to import</source>
        <translation>Fichiers de lot à importer</translation>
    </message>
    <message>
        <source>Sync bundles (*.fsb)</source>
        <translation>Lots de synchronisation (*.fsb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The laptop's registration file</source>
        <translation>Le fichier d’enregistrement de l’ordinateur</translation>
    </message>
    <message>
        <source>Laptop registrations (*.fsd)</source>
        <translation>Enregistrements d’ordinateur (*.fsd)</translation>
    </message>
    <message>
        <source>Accept a laptop</source>
        <translation>Accepter un ordinateur</translation>
    </message>
    <message>
        <source>Type the laptop code shown on the officer's screen:</source>
        <translation>Saisissez le code de l’ordinateur affiché sur l’écran de l’agent :</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Dossier d’arrivée</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a shared drive</source>
        <translation>Un dossier sur une clé USB ou un lecteur partagé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Importer maintenant</translation>
    </message>
    <message>
        <source>Watch this folder</source>
        <translation>Surveiller ce dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bundle files (.fsb) from a stick, or every bundle ready in an inbox folder:</source>
        <translation>Des fichiers de lot (.fsb) depuis une clé, ou tous les lots prêts dans un dossier d’arrivée :</translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation>Dossier des accusés de réception</translation>
    </message>
    <message>
        <source>To the laptops</source>
        <translation>Vers les ordinateurs portables</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Importing… The window stays usable; Cancel stops after the bundle being imported.</source>
        <translation>Importation… La fenêtre reste utilisable ; Annuler arrête après le lot en cours d’importation.</translation>
    </message>
    <message>
        <source>Stopping after this bundle…</source>
        <translation>Arrêt après ce lot…</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>Fichier %1 sur %2</translation>
    </message>
    <message>
        <source>Showing the interviews in the case list…</source>
        <translation>Affichage des entretiens dans la liste des dossiers…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Fin du traitement…</translation>
    </message>
</context>
<context>
    <name>ImportStatusView</name>
    <message>
        <source>Supervisor code (read it to officers enrolling a laptop):</source>
        <translation>Code du superviseur (à lire aux agents qui enrôlent un ordinateur) :</translation>
    </message>
    <message>
        <source>Show them now</source>
        <translation>Les afficher maintenant</translation>
    </message>
    <message>
        <source>Laptops accepted</source>
        <translation>Ordinateurs acceptés</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Lots reçus</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Éléments en conflit</translation>
    </message>
    <message>
        <source>Receipts to hand out</source>
        <translation>Accusés de réception à remettre</translation>
    </message>
    <message>
        <source>Interview revisions waiting to be shown</source>
        <translation>Révisions d’entretien en attente d’affichage</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>%1 interview revision(s) shown in the case list.</source>
        <translation>%1 révision(s) d’entretien affichée(s) dans la liste des dossiers.</translation>
    </message>
    <message>
        <source>Nothing to import: no bundle file was ready. A file still being copied waits for the next look.</source>
        <translation>Rien à importer : aucun fichier de lot n’était prêt. Un fichier encore en cours de copie attend la prochaine vérification.</translation>
    </message>
    <message>
        <source>Import cancelled: %1 file(s) done, %2 left untouched (skipped). The files done are imported whole; import again for the rest.</source>
        <translation>Importation annulée : %1 fichier(s) traité(s), %2 laissé(s) intact(s) (ignoré(s)). Les fichiers traités sont importés en entier ; relancez l’importation pour le reste.</translation>
    </message>
    <message>
        <source>Import finished: %1 file(s), %2 imported, %3 already imported, %4 rejected, %5 skipped.</source>
        <translation>Importation terminée : %1 fichier(s), %2 importé(s), %3 déjà importé(s), %4 rejeté(s), %5 ignoré(s).</translation>
    </message>
    <message>
        <source>%1 interview revision(s) are now in the case list.</source>
        <translation>%1 révision(s) d’entretien désormais dans la liste des dossiers.</translation>
    </message>
    <message>
        <source>A rejected file changed nothing: the table says why.</source>
        <translation>Un fichier rejeté n’a rien modifié : le tableau indique pourquoi.</translation>
    </message>
    <message>
        <source>No receipt waiting: every receipt was written before.</source>
        <translation>Aucun accusé de réception en attente : tous ont déjà été écrits.</translation>
    </message>
    <message>
        <source>%1 receipt(s) written to %2. Each laptop takes only its own receipts.</source>
        <translation>%1 accusé(s) de réception écrit(s) dans %2. Chaque ordinateur ne prend que ses propres accusés de réception.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>%1 … (%2 numbers)</source>
        <translation>%1 … (%2 numéros)</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <source>All pages are done.</source>
        <translation>Toutes les pages sont remplies.</translation>
    </message>
    <message>
        <source>Check the answers if needed (Back, or a section on the side), then finalise the interview to see the screening result.</source>
        <translation>Vérifiez les réponses si nécessaire (Précédent, ou une section sur le côté), puis finalisez l’entretien pour voir le résultat du repérage.</translation>
    </message>
    <message>
        <source>This section does not apply to this interview.</source>
        <translation>Cette section ne s’applique pas à cet entretien.</translation>
    </message>
    <message>
        <source>This answer does not fit the question: check it.</source>
        <translation>Cette réponse ne convient pas à la question : vérifiez-la.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>All answers saved</source>
        <translation>Toutes les réponses sont enregistrées</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Your answers stay on the screen and are saved as soon as it works again.</source>
        <translation>Vos réponses restent à l’écran et seront enregistrées dès que ce sera de nouveau possible.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Strong indication: refer now</source>
        <translation>Forte indication : orienter maintenant</translation>
    </message>
    <message>
        <source>Some indicators: assess further</source>
        <translation>Quelques indicateurs : évaluation approfondie</translation>
    </message>
    <message>
        <source>No indicators identified</source>
        <translation>Aucun indicateur relevé</translation>
    </message>
    <message>
        <source>Stopped: not safe to continue</source>
        <translation>Arrêté : poursuite non sûre</translation>
    </message>
    <message>
        <source>Refer now</source>
        <translation>Orienter maintenant</translation>
    </message>
    <message>
        <source>Assess further</source>
        <translation>Évaluer davantage</translation>
    </message>
    <message>
        <source>No indicators</source>
        <translation>Aucun indicateur</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Deceptive recruitment</source>
        <translation>Recrutement trompeur</translation>
    </message>
    <message>
        <source>Coercive recruitment</source>
        <translation>Recrutement sous la contrainte</translation>
    </message>
    <message>
        <source>Recruitment by abuse of vulnerability</source>
        <translation>Recrutement par abus de vulnérabilité</translation>
    </message>
    <message>
        <source>Exploitative conditions</source>
        <translation>Conditions d’exploitation</translation>
    </message>
    <message>
        <source>Coercion at destination</source>
        <translation>Contrainte à destination</translation>
    </message>
    <message>
        <source>Abuse of vulnerability at destination</source>
        <translation>Abus de vulnérabilité à destination</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Questions read in</source>
        <translation>Questions lues en</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Votre langue</translation>
    </message>
    <message>
        <source>Questions in:</source>
        <translation>Questions en :</translation>
    </message>
    <message>
        <source>Your language:</source>
        <translation>Votre langue :</translation>
    </message>
</context>
<context>
    <name>LaptopSyncPanel</name>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>Rien de nouveau à envoyer</translation>
    </message>
    <message>
        <source>Folder for the sync file (a USB stick)</source>
        <translation>Dossier pour le fichier de synchronisation (une clé USB)</translation>
    </message>
    <message>
        <source>Save a sync file anyway</source>
        <translation>Enregistrer quand même un fichier de synchronisation</translation>
    </message>
    <message>
        <source>Receipts from the supervisor</source>
        <translation>Accusés de réception du superviseur</translation>
    </message>
    <message>
        <source>Receipts (*.fsr)</source>
        <translation>Accusés de réception (*.fsr)</translation>
    </message>
    <message>
        <source>Updates from the supervisor</source>
        <translation>Mises à jour du superviseur</translation>
    </message>
    <message>
        <source>Updates (*.fsu)</source>
        <translation>Mises à jour (*.fsu)</translation>
    </message>
    <message>
        <source>Remove synced interviews</source>
        <translation>Supprimer les entretiens synchronisés</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Folder for the registration file</source>
        <translation>Dossier du fichier d’enregistrement</translation>
    </message>
    <message>
        <source>Registration file written: %1</source>
        <translation>Fichier d’enregistrement écrit : %1</translation>
    </message>
    <message>
        <source>Read this laptop's code to your supervisor: %1</source>
        <translation>Lisez le code de cet ordinateur à votre superviseur : %1</translation>
    </message>
</context>
<context>
    <name>LaptopSyncText</name>
    <message>
        <source>Enrolled</source>
        <translation>Enrôlé</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation>Code du superviseur</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>This laptop's code</source>
        <translation>Code de cet ordinateur</translation>
    </message>
    <message>
        <source>Removal rule</source>
        <translation>Règle de suppression</translation>
    </message>
    <message>
        <source>Last update applied</source>
        <translation>Dernière mise à jour appliquée</translation>
    </message>
    <message>
        <source>Removed interviews</source>
        <translation>Entretiens supprimés</translation>
    </message>
    <message>
        <source>None received: interviews stay on this laptop.</source>
        <translation>Aucune reçue : les entretiens restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed as soon as the supervisor confirmed them; a short entry stays in your log.</source>
        <translation>Les entretiens finalisés sont supprimés dès que le superviseur les a confirmés ; une courte entrée reste dans votre journal.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed as soon as the supervisor confirmed them; nothing of them stays on this laptop.</source>
        <translation>Les entretiens finalisés sont supprimés dès que le superviseur les a confirmés ; rien n’en reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Numéro %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Rien pour l’instant</translation>
    </message>
    <message>
        <source>%1 (a short entry each in your log)</source>
        <translation>%1 (une courte entrée chacun dans votre journal)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>No removal rule was received: nothing will be removed.</source>
        <translation>Aucune règle de suppression n’a été reçue : rien ne sera supprimé.</translation>
    </message>
    <message>
        <source>Every finalised interview the supervisor has confirmed will be removed from this laptop.</source>
        <translation>Tous les entretiens finalisés que le superviseur a confirmés seront supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <source>Their answers, site and name go; a short entry (reference, form, dates, result) stays in your log.</source>
        <translation>Leurs réponses, lieu et nom sont effacés ; une courte entrée (référence, formulaire, dates, résultat) reste dans votre journal.</translation>
    </message>
    <message>
        <source>They go completely: no entry stays in your log.</source>
        <translation>Ils sont entièrement effacés : aucune entrée ne reste dans votre journal.</translation>
    </message>
    <message>
        <source>Nothing the supervisor has not confirmed is removed.</source>
        <translation>Rien de ce que le superviseur n’a pas confirmé n’est supprimé.</translation>
    </message>
    <message>
        <source>No interview is due for removal yet.</source>
        <translation>Aucun entretien n’est encore à supprimer.</translation>
    </message>
    <message>
        <source>Waiting for your supervisor</source>
        <translation>En attente de votre superviseur</translation>
    </message>
    <message>
        <source>Activity log to send</source>
        <translation>Journal d’activité à envoyer</translation>
    </message>
    <message>
        <source>Last sync file</source>
        <translation>Dernier fichier de synchronisation</translation>
    </message>
    <message>
        <source>Confirmed by your supervisor</source>
        <translation>Confirmés par votre superviseur</translation>
    </message>
    <message>
        <source>Finalised interviews are removed %n day(s) after the supervisor confirmed them; a short entry stays in your log.</source>
        <translation>Les entretiens finalisés sont supprimés %n jour(s) après leur confirmation par le superviseur ; une courte entrée reste dans votre journal.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed %n day(s) after the supervisor confirmed them; nothing of them stays on this laptop.</source>
        <translation>Les entretiens finalisés sont supprimés %n jour(s) après leur confirmation par le superviseur ; rien n’en reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aucun enregistré pour l’instant</translation>
    </message>
    <message>
        <source>Number %1, saved %2</source>
        <translation>Numéro %1, enregistré le %2</translation>
    </message>
    <message>
        <source>None: every finalised interview is confirmed</source>
        <translation>Aucun : chaque entretien finalisé est confirmé</translation>
    </message>
    <message>
        <source>%n interview(s), not sent yet</source>
        <translation>%n entretien(s), pas encore envoyé(s)</translation>
    </message>
    <message>
        <source>%n interview(s), sent and waiting for your supervisor's receipt</source>
        <translation>%n entretien(s), envoyé(s) et en attente de l’accusé de réception de votre superviseur</translation>
    </message>
    <message>
        <source>%n interview(s): %1 not sent yet, the others sent and waiting for your supervisor's receipt</source>
        <translation>%n entretien(s) : %1 pas encore envoyé(s), les autres envoyés et en attente de l’accusé de réception de votre superviseur</translation>
    </message>
    <message>
        <source>%n event(s)</source>
        <translation>%n événement(s)</translation>
    </message>
    <message>
        <source>%n interview(s)</source>
        <translation>%n entretien(s)</translation>
    </message>
    <message>
        <source>Finalised interviews the supervisor confirmed at least %n day(s) ago will be removed from this laptop.</source>
        <translation>Les entretiens finalisés que le superviseur a confirmés il y a au moins %n jour(s) seront retirés de cet ordinateur.</translation>
    </message>
    <message>
        <source>%n synced interview(s) removed from this laptop.</source>
        <translation>%n entretien(s) synchronisé(s) supprimé(s) de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sync file %1 saved: %2.</source>
        <translation>Fichier de synchronisation %1 enregistré : %2.</translation>
    </message>
    <message>
        <source>Part of it was sent before and is not confirmed yet.</source>
        <translation>Une partie a déjà été envoyée et n’est pas encore confirmée.</translation>
    </message>
    <message>
        <source>No finalised interview to send yet: no sync file was saved.</source>
        <translation>Aucun entretien finalisé à envoyer pour l’instant : aucun fichier de synchronisation n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing new since sync file %1: no file was saved.</source>
        <translation>Rien de nouveau depuis le fichier de synchronisation %1 : aucun fichier n’a été enregistré.</translation>
    </message>
    <message>
        <source>%n interview(s) still to be confirmed by your supervisor.</source>
        <translation>%n entretien(s) encore à confirmer par votre superviseur.</translation>
    </message>
    <message>
        <source>It carries this laptop's activity log (%n event(s)).</source>
        <translation>Il contient le journal d'activité de cet ordinateur (%n événement(s)).</translation>
    </message>
    <message>
        <source>It carries %n interview(s) and this laptop's activity log.</source>
        <translation>Il contient %n entretien(s) et le journal d'activité de cet ordinateur.</translation>
    </message>
    <message>
        <source>There is no finalised interview to send, only this laptop's activity log (%n event(s)). Save a sync file with the activity log anyway?</source>
        <translation>Il n'y a aucun entretien finalisé à envoyer, seulement le journal d'activité de cet ordinateur (%n événement(s)). Enregistrer quand même un fichier de synchronisation avec le journal d'activité ?</translation>
    </message>
    <message>
        <source>Nothing is new since sync file %1. Save a sync file anyway? It carries again everything your supervisor has not confirmed yet.</source>
        <translation>Rien de nouveau depuis le fichier de synchronisation %1. Enregistrer quand même un fichier de synchronisation ? Il contient à nouveau tout ce que votre superviseur n’a pas encore confirmé.</translation>
    </message>
    <message>
        <source>Receipt for sync file %1: %n item(s) confirmed as received</source>
        <translation>Accusé de réception du fichier de synchronisation %1 : %n élément(s) confirmé(s) comme reçu(s)</translation>
    </message>
    <message>
        <source> (%n confirmed before).</source>
        <translation> (%n confirmé(s) auparavant).</translation>
    </message>
    <message>
        <source>%n item(s) do not match what this laptop sent: they stay waiting.</source>
        <translation>%n élément(s) ne correspond(ent) pas à ce que cet ordinateur a envoyé : ils restent en attente.</translation>
    </message>
    <message>
        <source>Update %1 applied: %n form version(s) added.</source>
        <translation>Mise à jour %1 appliquée : %n version(s) de formulaire ajoutée(s).</translation>
    </message>
    <message>
        <source>The supervisor's follow-up of %n interview(s) arrived: open an interview's result to read it.</source>
        <translation>Le suivi du superviseur est arrivé pour %n entretien(s) : ouvrez le résultat d’un entretien pour le lire.</translation>
    </message>
    <message>
        <source>The referral directory was replaced.</source>
        <translation>L’annuaire des services d’orientation a été remplacé.</translation>
    </message>
    <message>
        <source>New removal rule: %1</source>
        <translation>Nouvelle règle de suppression : %1</translation>
    </message>
    <message>
        <source>%1 was refused; nothing from it was applied: %2</source>
        <translation>%1 a été refusé ; rien n’en a été appliqué : %2</translation>
    </message>
    <message>
        <source>One of the %1 update files was refused, so none was applied: %2</source>
        <translation>Un des %1 fichiers de mise à jour a été refusé, donc aucun n’a été appliqué : %2</translation>
    </message>
    <message>
        <source>This vault belongs to a supervisor. The laptop's Sync screen works on field laptops only.</source>
        <translation>Ce coffre appartient à un superviseur. L’écran Synchronisation ne fonctionne que sur les ordinateurs de terrain.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: enrol it with the supervisor's enrollment file first.</source>
        <translation>Cet ordinateur n’est pas encore enrôlé : enrôlez-le d’abord avec le fichier d’enrôlement du superviseur.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not done. Nothing was lost. Free some space and try again.</source>
        <translation>Le disque est plein : l’opération n’a pas été effectuée. Rien n’a été perdu. Libérez de la place et réessayez.</translation>
    </message>
</context>
<context>
    <name>LaptopSyncView</name>
    <message>
        <source>Sync with your supervisor</source>
        <translation>Synchroniser avec votre superviseur</translation>
    </message>
    <message>
        <source>Finalised interviews go to your supervisor as an encrypted file on a USB stick. Receipts and updates come back the same way.</source>
        <translation>Les entretiens finalisés sont transmis à votre superviseur dans un fichier chiffré sur une clé USB. Les accusés de réception et les mises à jour reviennent de la même façon.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Enrol this laptop</source>
        <translation>Enrôler cet ordinateur</translation>
    </message>
    <message>
        <source>Choose the enrollment file your supervisor gave you and type the supervisor code shown on their screen.</source>
        <translation>Choisissez le fichier d’enrôlement remis par votre superviseur et saisissez le code du superviseur affiché sur son écran.</translation>
    </message>
    <message>
        <source>Save sync file…</source>
        <translation>Enregistrer le fichier de synchronisation…</translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation>Importer des accusés de réception…</translation>
    </message>
    <message>
        <source>Import updates…</source>
        <translation>Importer des mises à jour…</translation>
    </message>
    <message>
        <source>Remove synced interviews now</source>
        <translation>Supprimer maintenant les entretiens synchronisés</translation>
    </message>
    <message>
        <source>Write registration file…</source>
        <translation>Écrire le fichier d’enregistrement…</translation>
    </message>
    <message>
        <source>To the supervisor</source>
        <translation>Vers le superviseur</translation>
    </message>
    <message>
        <source>From the supervisor</source>
        <translation>Du superviseur</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>LaptopsView</name>
    <message>
        <source>Laptops</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Accept a laptop…</source>
        <translation>Accepter un ordinateur…</translation>
    </message>
    <message>
        <source>Checking the laptop's code…</source>
        <translation>Vérification du code de l’ordinateur…</translation>
    </message>
    <message>
        <source>%1 accepted: its bundles can be imported now.</source>
        <translation>%1 accepté : ses lots peuvent maintenant être importés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
</context>
<context>
    <name>MissingAnswersPanel</name>
    <message>
        <source>The interview cannot be finalised yet. Answers to look at: %1</source>
        <translation>L’entretien ne peut pas encore être finalisé. Réponses à vérifier : %1</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Aller à cette question</translation>
    </message>
</context>
<context>
    <name>NeutralPanel</name>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>For example: Central bus station, gate 3</source>
        <translation>Par exemple : gare routière centrale, quai 3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>No forms are installed on this laptop.</source>
        <translation>Aucun formulaire n’est installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Respondent's language</source>
        <translation>Langue de la personne interrogée</translation>
    </message>
    <message>
        <source>App language (yours)</source>
        <translation>Langue de l’application (la vôtre)</translation>
    </message>
    <message>
        <source>Site or location</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a case note</source>
        <translation>Ajouter une note au dossier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>All sections done: check, then finalise</source>
        <translation>Toutes les sections sont faites : vérifiez, puis finalisez</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>Section %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>%1: %2 entered so far.</source>
        <translation>%1 : %2 saisi(s) jusqu’ici.</translation>
    </message>
    <message>
        <source>Add another entry, or press Next to go on.</source>
        <translation>Ajoutez une autre entrée, ou appuyez sur Suivant pour continuer.</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove the last entry</source>
        <translation>Supprimer la dernière entrée</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the referral</source>
        <translation>Phrase secrète de l’orientation</translation>
    </message>
    <message>
        <source>The file is encrypted. The service needs this passphrase to open it:</source>
        <translation>Le fichier est chiffré. Le service a besoin de cette phrase secrète pour l’ouvrir :</translation>
    </message>
    <message>
        <source>Give it to the service by another channel than the file: read it out by phone or hand it over in person, never in the same e-mail or on the same stick. Write it down now: it is shown only this once and is not kept anywhere.</source>
        <translation>Transmettez-la au service par un autre moyen que le fichier : lisez-la au téléphone ou remettez-la en main propre, jamais dans le même courriel ni sur la même clé. Notez-la maintenant : elle n’est affichée qu’une fois et n’est conservée nulle part.</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>Je l’ai notée</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>The preview cannot be shown on this laptop: the Qt PDF module is not installed. The document itself is not affected; save or print it to read it.</source>
        <translation>L’aperçu ne peut pas s’afficher sur cet ordinateur : le module Qt PDF n’est pas installé. Le document lui-même n’est pas concerné ; enregistrez-le ou imprimez-le pour le lire.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Choose a service, then Preview to see the document.</source>
        <translation>Choisissez un service, puis Aperçu pour voir le document.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The disk is full, so the last answer could not be saved. It is still on the screen. Free some space (empty the Downloads folder or the bin) and it will be saved with your next answer.</source>
        <translation>Le disque est plein : la dernière réponse n’a pas pu être enregistrée. Elle est toujours à l’écran. Libérez de la place (videz le dossier Téléchargements ou la corbeille) et elle sera enregistrée avec votre prochaine réponse.</translation>
    </message>
    <message>
        <source>The vault on this laptop is damaged. Do not delete anything. Ask your supervisor to check it with 'fieldapp check' and to restore the latest backup.</source>
        <translation>Le coffre de cet ordinateur est endommagé. Ne supprimez rien. Demandez à votre superviseur de le vérifier avec « fieldapp check » et de restaurer la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of the vault is damaged or was changed. Do not delete anything; ask your supervisor for help.</source>
        <translation>Le fichier de clés du coffre est endommagé ou a été modifié. Ne supprimez rien ; demandez de l’aide à votre superviseur.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of the app. Update the app.</source>
        <translation>Ce coffre a été écrit par une version plus récente de l’application. Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>The form could not be opened (it is missing or damaged). Ask your supervisor for a working copy of the form. Details: %1</source>
        <translation>Le formulaire n’a pas pu être ouvert (il manque ou il est endommagé). Demandez à votre superviseur une copie valide du formulaire. Détails : %1</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Le coffre est verrouillé. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What was saved before is kept. Close the app and open it again; if it happens again, tell your supervisor.</source>
        <translation>Un problème est survenu dans l’application. Ce qui a été enregistré est conservé. Fermez l’application et rouvrez-la ; si cela se reproduit, prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault is open for reading only: you can look at interviews, but nothing new can be saved. Free some space (empty the Downloads folder or the bin), then lock and sign in again.</source>
        <translation>Le disque est plein : le coffre est ouvert en lecture seule. Vous pouvez consulter les entretiens, mais rien de nouveau ne peut être enregistré. Libérez de l'espace (videz le dossier Téléchargements ou la corbeille), puis verrouillez et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written (a read-only drive, or no permission), so the vault is open for reading only: you can look at interviews, but nothing new can be saved. Ask your supervisor for help.</source>
        <translation>Impossible d'écrire dans le dossier du coffre (lecteur en lecture seule ou permission refusée) : le coffre est ouvert en lecture seule. Vous pouvez consulter les entretiens, mais rien de nouveau ne peut être enregistré. Demandez de l'aide à votre superviseur.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>This question needs an answer.</source>
        <translation>Cette question demande une réponse.</translation>
    </message>
    <message>
        <source>This answer is not accepted: check it with the person.</source>
        <translation>Cette réponse n’est pas acceptée : vérifiez-la avec la personne.</translation>
    </message>
    <message>
        <source>For the officer – not read aloud</source>
        <translation>Pour l’agent – ne pas lire à voix haute</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>Officer guidance: %1</source>
        <translation>Conseil à l’agent : %1</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Place %1</source>
        <translation>Rang %1</translation>
    </message>
</context>
<context>
    <name>ReceiptsRow</name>
    <message>
        <source>Receipts folder</source>
        <translation>Dossier des accusés de réception</translation>
    </message>
    <message>
        <source>Once chosen, receipts are written here after each import</source>
        <translation>Une fois le dossier choisi, les accusés de réception y sont écrits après chaque importation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Write receipts…</source>
        <translation>Écrire les accusés de réception…</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>Écriture des accusés de réception…</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protection de l’enfance</translation>
    </message>
    <message>
        <source>National referral authority</source>
        <translation>Autorité nationale d’orientation</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Ligne d’écoute</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <translation>Inspection du travail</translation>
    </message>
    <message>
        <source>Consular services</source>
        <translation>Services consulaires</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Full only</source>
        <translation>Complet uniquement</translation>
    </message>
    <message>
        <source>Anonymous OK</source>
        <translation>Anonyme accepté</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non requis</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral for %1</source>
        <translation>Orientation pour %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Why this service, in a few words (optional)</source>
        <translation>Pourquoi ce service, en quelques mots (facultatif)</translation>
    </message>
    <message>
        <source>Encrypt the file (AES-256, passphrase shown once)</source>
        <translation>Chiffrer le fichier (AES-256, phrase secrète affichée une fois)</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Referring officer</source>
        <translation>Agent qui oriente</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Printing needs the Qt PDF module</source>
        <translation>L’impression nécessite le module Qt PDF</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Noter le statut</translation>
    </message>
    <message>
        <source>What the service answered:</source>
        <translation>Réponse du service :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Receiving service</source>
        <translation>Service destinataire</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Orientations faites</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>Child referral: a child is always referred to child protection, whatever the consent.</source>
        <translation>Orientation d’un enfant : un enfant est toujours orienté vers la protection de l’enfance, quel que soit le consentement.</translation>
    </message>
    <message>
        <source>Anonymous referral: the person did not give full consent, so names, contact details and other identifying answers are left out.</source>
        <translation>Orientation anonyme : la personne n’a pas donné son plein consentement, donc les noms, coordonnées et autres réponses identifiantes sont omis.</translation>
    </message>
    <message>
        <source>Full consent: each service receives only what its type of service needs.</source>
        <translation>Consentement complet : chaque service ne reçoit que ce dont son type de service a besoin.</translation>
    </message>
    <message>
        <source>Choose a receiving service first.</source>
        <translation>Choisissez d’abord un service destinataire.</translation>
    </message>
    <message>
        <source>Preview only: nothing is saved or recorded yet.</source>
        <translation>Aperçu seulement : rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>The printer could not be opened. The referral is recorded; print it again once the printer works.</source>
        <translation>L’imprimante n’a pas pu être ouverte. L’orientation est enregistrée ; imprimez-la de nouveau quand l’imprimante fonctionnera.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation>Choisissez d’abord une orientation dans la liste.</translation>
    </message>
</context>
<context>
    <name>ReferralPrompts</name>
    <message>
        <source>Save the referral</source>
        <translation>Enregistrer l’orientation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orientée le</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Prepare referral…</source>
        <translation>Préparer l’orientation…</translation>
    </message>
    <message>
        <source>Correct answers (new revision)…</source>
        <translation>Corriger les réponses (nouvelle révision)…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Screening result — %1</source>
        <translation>Résultat du repérage — %1</translation>
    </message>
    <message>
        <source>A screening gives indications for referral; it does not decide whether a person is a victim of trafficking.</source>
        <translation>Un repérage donne des indications pour l’orientation ; il ne décide pas si une personne est victime de traite.</translation>
    </message>
    <message>
        <source>Child or age in doubt: always refer to child protection.</source>
        <translation>Enfant ou âge incertain : toujours orienter vers la protection de l’enfance.</translation>
    </message>
    <message>
        <source>Why the interview stopped</source>
        <translation>Pourquoi l’entretien s’est arrêté</translation>
    </message>
    <message>
        <source>It was not safe to continue, so the screening questions were not asked and no result about trafficking was reached. What was recorded about safety:</source>
        <translation>Il n’était pas sûr de continuer : les questions de repérage n’ont pas été posées et aucun résultat sur la traite n’a été établi. Ce qui a été noté sur la sécurité :</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>If anyone is in danger, follow your escalation procedure now (supervisor, emergency services).</source>
        <translation>Si quelqu’un est en danger, suivez maintenant votre procédure d’alerte (superviseur, services d’urgence).</translation>
    </message>
    <message>
        <source>If it is safe, give the person the hotline number discreetly.</source>
        <translation>Si cela ne présente pas de risque, donnez discrètement à la personne le numéro de la ligne d’écoute.</translation>
    </message>
    <message>
        <source>Try again later in a private place, without the companion and with an independent interpreter if one is needed.</source>
        <translation>Réessayez plus tard dans un lieu privé, sans l’accompagnateur et avec un interprète indépendant si nécessaire.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Dimensions found: %1</source>
        <translation>Dimensions relevées : %1</translation>
    </message>
    <message>
        <source>No dimension was found positive.</source>
        <translation>Aucune dimension n’est positive.</translation>
    </message>
    <message>
        <source>Immediate needs</source>
        <translation>Besoins immédiats</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun besoin noté.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgence : %1</translation>
    </message>
    <message>
        <source>Services chosen: %1</source>
        <translation>Services choisis : %1</translation>
    </message>
    <message>
        <source>Correct a finalised interview</source>
        <translation>Corriger un entretien finalisé</translation>
    </message>
    <message>
        <source>Why must the answers change? (Kept with the revision; no names.)</source>
        <translation>Pourquoi les réponses doivent-elles changer ? (Conservé avec la révision ; pas de noms.)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export these…</source>
        <translation>Exporter ceux-ci…</translation>
    </message>
    <message>
        <source>%1 interview(s)</source>
        <translation>%1 entretien(s)</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>%n answer(s) still missing</source>
        <translation>%n réponse manquante</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Not part of this interview with the answers given so far</source>
        <translation>Ne fait pas partie de cet entretien, d'après les réponses données jusqu'ici</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>★ Chosen during the interview</source>
        <translation>★ Choisi pendant l’entretien</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>App language</source>
        <translation>Langue de l’application</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Set up this laptop</source>
        <translation>Configurer cet ordinateur</translation>
    </message>
    <message>
        <source>Interviews are kept in an encrypted vault on this laptop. Choose the name and password of the first account; it can add the other officers' accounts later.</source>
        <translation>Les entretiens sont conservés dans un coffre chiffré sur cet ordinateur. Choisissez le nom et le mot de passe du premier compte ; il pourra ajouter ensuite les comptes des autres agents.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Choose an account name.</source>
        <translation>Choisissez un nom de compte.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Choisissez un mot de passe d’au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Creating the vault… This takes a few seconds: the password is made slow to guess for this laptop.</source>
        <translation>Création du coffre… Cela prend quelques secondes : le mot de passe est rendu difficile à deviner pour cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the case status</source>
        <translation>Changer le statut du dossier</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Waiting referrals</source>
        <translation>Orientations en attente</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>The file is damaged or was altered on the way: its signature or its content does not check out. Nothing of it was used. Ask for the file again.</source>
        <translation>Le fichier est endommagé ou a été modifié en route : sa signature ou son contenu ne se vérifie pas. Rien n’en a été utilisé. Redemandez le fichier.</translation>
    </message>
    <message>
        <source>This is not a sync file of the expected kind, or it is damaged. Nothing of it was used.</source>
        <translation>Ce n’est pas un fichier de synchronisation du type attendu, ou il est endommagé. Rien n’en a été utilisé.</translation>
    </message>
    <message>
        <source>The file is empty. Copy it again.</source>
        <translation>Le fichier est vide. Copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is incomplete (the copy was interrupted or is still going on). Copy it again.</source>
        <translation>Le fichier est incomplet (la copie a été interrompue ou est encore en cours). Copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is far too large to be a sync file.</source>
        <translation>Le fichier est bien trop volumineux pour être un fichier de synchronisation.</translation>
    </message>
    <message>
        <source>The file or folder could not be read: it was moved, or the stick or drive was taken out.</source>
        <translation>Le fichier ou le dossier n’a pas pu être lu : il a été déplacé, ou la clé USB ou le disque a été retiré.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the app. Update the app here.</source>
        <translation>Le fichier a été créé par une version plus récente de l’application. Mettez l’application à jour ici.</translation>
    </message>
    <message>
        <source>The file comes from a laptop that was not accepted here. Accept the laptop first (its registration file and code), then import it again.</source>
        <translation>Le fichier vient d’un ordinateur qui n’a pas été accepté ici. Acceptez d’abord l’ordinateur (son fichier d’enregistrement et son code), puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file was made for another supervisor. It cannot be read here.</source>
        <translation>Le fichier a été créé pour un autre superviseur. Il ne peut pas être lu ici.</translation>
    </message>
    <message>
        <source>The file was signed by another supervisor than the one this laptop trusts.</source>
        <translation>Le fichier a été signé par un autre superviseur que celui auquel cet ordinateur fait confiance.</translation>
    </message>
    <message>
        <source>This receipt is for another laptop.</source>
        <translation>Cet accusé de réception est destiné à un autre ordinateur.</translation>
    </message>
    <message>
        <source>This update is not newer than the one already applied, so it was not applied.</source>
        <translation>Cette mise à jour n’est pas plus récente que celle déjà appliquée : elle n’a pas été appliquée.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 42.</source>
        <translation>Saisissez un nombre entier, par exemple 42.</translation>
    </message>
    <message>
        <source>Enter a number, such as 3.5.</source>
        <translation>Saisissez un nombre, par exemple 3.5.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, such as 2026-03-14.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ, par exemple 2026-03-14.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, such as 14:30.</source>
        <translation>Saisissez une heure au format HH:MM, par exemple 14:30.</translation>
    </message>
    <message>
        <source>Enter a date and time as YYYY-MM-DD HH:MM, such as 2026-03-14 14:30.</source>
        <translation>Saisissez une date et une heure au format AAAA-MM-JJ HH:MM, par exemple 2026-03-14 14:30.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Vérification du mot de passe…</translation>
    </message>
    <message>
        <source>Wrong account or password. Check the keyboard language and Caps Lock.</source>
        <translation>Compte ou mot de passe incorrect. Vérifiez la langue du clavier et la touche Verr. Maj.</translation>
    </message>
    <message>
        <source>This account is disabled after too many attempts. A supervisor must reset its password.</source>
        <translation>Ce compte est désactivé après trop de tentatives. Un superviseur doit réinitialiser son mot de passe.</translation>
    </message>
    <message>
        <source>There is no vault on this laptop yet.</source>
        <translation>Il n’y a pas encore de coffre sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in %1.</source>
        <translation>Trop de tentatives erronées. Vous pourrez réessayer dans %1.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Send an update to the laptops</source>
        <translation>Envoyer une mise à jour aux ordinateurs portables</translation>
    </message>
    <message>
        <source>Counting the case outcomes…</source>
        <translation>Décompte des suites données aux dossiers…</translation>
    </message>
    <message>
        <source>Form versions to send</source>
        <translation>Versions de formulaire à envoyer</translation>
    </message>
    <message>
        <source>Add forms…</source>
        <translation>Ajouter des formulaires…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep the laptops' directory</source>
        <translation>Garder l'annuaire des ordinateurs portables</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Change how long laptops keep received interviews</source>
        <translation>Modifier la durée de conservation des entretiens reçus sur les ordinateurs portables</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days a laptop keeps a received interview</source>
        <translation>Jours de conservation d'un entretien reçu sur un ordinateur portable</translation>
    </message>
    <message>
        <source>Keep a stub in each laptop's log</source>
        <translation>Garder une trace dans le journal de chaque ordinateur portable</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a shared drive</source>
        <translation>Un dossier sur une clé USB ou un lecteur partagé</translation>
    </message>
    <message>
        <source>Write update</source>
        <translation>Écrire la mise à jour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>Annuaire d'orientation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Update %1 carries the case outcomes of %2 interview(s) from %3 laptop(s), each sealed to the laptop that made the interview. Every update carries the latest state of every case: a laptop that missed one loses nothing.</source>
        <translation>La mise à jour %1 porte les suites données à %2 entretien(s) de %3 ordinateur(s) portable(s), chacune scellée pour l'ordinateur qui a fait l'entretien. Chaque mise à jour porte le dernier état de chaque dossier : un ordinateur qui en a manqué une ne perd rien.</translation>
    </message>
    <message>
        <source>Update %1: no case outcome to send yet (no status, note or referral follow-up recorded on a laptop's interview). Add what else it should carry.</source>
        <translation>Mise à jour %1 : aucune suite à envoyer pour l'instant (aucun statut, aucune note ni aucun suivi d'orientation sur un entretien d'un ordinateur portable). Ajoutez ce qu'elle doit porter d'autre.</translation>
    </message>
    <message>
        <source>Checking and signing the update…</source>
        <translation>Vérification et signature de la mise à jour…</translation>
    </message>
    <message>
        <source>Nothing was written: a form does not load. Correct it (“fieldapp form check” names every problem) or remove it from the list. Details: %1</source>
        <translation>Rien n'a été écrit : un formulaire ne se charge pas. Corrigez-le (« fieldapp form check » nomme chaque problème) ou retirez-le de la liste. Détails : %1</translation>
    </message>
</context>
<context>
    <name>UpdatePrompts</name>
    <message>
        <source>Form versions to send</source>
        <translation>Versions de formulaire à envoyer</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xlsm *.xls *.csv *.md)</source>
        <translation>Classeurs XLSForm (*.xlsx *.xlsm *.xls *.csv *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The new referral directory</source>
        <translation>Le nouvel annuaire d'orientation</translation>
    </message>
    <message>
        <source>Referral directories (*.json)</source>
        <translation>Annuaires d'orientation (*.json)</translation>
    </message>
    <message>
        <source>Folder for the update</source>
        <translation>Dossier de la mise à jour</translation>
    </message>
</context>
<context>
    <name>UpdatesRow</name>
    <message>
        <source>Send an update…</source>
        <translation>Envoyer une mise à jour…</translation>
    </message>
    <message>
        <source>Case outcomes back to the laptops that made the interviews; new forms, a new referral directory or retention policy to every laptop</source>
        <translation>Les suites données aux dossiers, vers les ordinateurs qui ont fait les entretiens ; de nouveaux formulaires, un nouvel annuaire ou une règle de conservation, vers chaque ordinateur</translation>
    </message>
    <message>
        <source>Update %1 written to %2. Each laptop applies it with “Import updates…” on its Sync screen.</source>
        <translation>Mise à jour %1 écrite dans %2. Chaque ordinateur portable l'applique avec « Importer des mises à jour… » sur son écran Synchronisation.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>shown</source>
        <translation>affichée</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motif donné</translation>
    </message>
    <message>
        <source>Fields differing</source>
        <translation>Champs différents</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting at</source>
        <translation>En attente à l’étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Days without an answer</source>
        <translation>Jours sans réponse</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Referrals without an answer for more than</source>
        <translation>Orientations sans réponse depuis plus de</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>%1 referral(s) waiting</source>
        <translation>%1 orientation(s) en attente</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>%1: fewer than 11 people, or withheld so that such a number cannot be worked out from the others.</source>
        <translation>%1 : moins de 11 personnes, ou masqué pour qu’un tel nombre ne puisse pas être déduit des autres.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>Clos, orienté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Services started</source>
        <translation>Prise en charge commencée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
</context>
</TS>