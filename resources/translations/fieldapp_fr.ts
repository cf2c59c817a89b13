<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <message>
        <source>%1 interview(s)</source>
        <translation>%1 entretien(s)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
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
    <name>InterviewPanel</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
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
        <source>All pages are done.</source>
        <translation>Toutes les pages sont remplies.</translation>
    </message>
    <message>
        <source>Check the answers if needed, then finalise the interview to see the screening result.</source>
        <translation>Vérifiez les réponses si nécessaire, puis finalisez l’entretien pour voir le résultat du repérage.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This answer does not fit the question: check it.</source>
        <translation>Cette réponse ne convient pas à la question : vérifiez-la.</translation>
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
        <source>The interview cannot be finalised yet. %1 answer(s) to look at:</source>
        <translation>L’entretien ne peut pas encore être finalisé. %1 réponse(s) à revoir :</translation>
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
        <source>The preview cannot be shown on this laptop: the Qt PDF module is not installed. The document itself is not affected; save or print it to read it.</source>
        <translation>L’aperçu ne peut pas s’afficher sur cet ordinateur : le module Qt PDF n’est pas installé. Le document lui-même n’est pas concerné ; enregistrez-le ou imprimez-le pour le lire.</translation>
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
        <source>Problem</source>
        <translation>Problème</translation>
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
        <source>What to do</source>
        <translation>Que faire</translation>
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
        <source>Why must the answers change? (This goes into the audit log: no names.)</source>
        <translation>Pourquoi les réponses doivent-elles changer ? (Ceci va dans le journal d’audit : pas de noms.)</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
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
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
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
</TS>