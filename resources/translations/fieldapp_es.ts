<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountNotices</name>
    <message>
        <source>The keystore file cannot be written, so the account roles could not be signed this time.</source>
        <translation>No se puede escribir el archivo de claves: los roles de las cuentas no se pudieron firmar esta vez.</translation>
    </message>
    <message>
        <source>This admin account does not hold the admin key: another admin must reset its password before it can change accounts.</source>
        <translation>Esta cuenta de administrador no tiene la clave de administración: otro administrador debe restablecer su contraseña antes de que pueda cambiar cuentas.</translation>
    </message>
    <message>
        <source>The account roles are now signed with the admin key. Check the list of accounts once: a role changed before now was signed with the rest.</source>
        <translation>Los roles de las cuentas ya están firmados con la clave de administración. Revise una vez la lista de cuentas: un rol cambiado antes de ahora se firmó con los demás.</translation>
    </message>
    <message>
        <source>The record of accounts was removed or signed with a key that is not this vault's admin key. It is signed again; these accounts are refused until an admin removes them and adds them again: %1</source>
        <translation>El registro de cuentas se eliminó o se firmó con una clave que no es la clave de administración de esta bóveda. Se ha firmado de nuevo; estas cuentas se rechazan hasta que un administrador las elimine y las vuelva a añadir: %1</translation>
    </message>
    <message>
        <source>The account roles are not signed yet: an admin's next sign-in signs them.</source>
        <translation>Los roles de las cuentas aún no están firmados: el próximo inicio de sesión de un administrador los firmará.</translation>
    </message>
    <message>
        <source>The key slots of these accounts were altered and they are refused: %1. Remove them and add them again with the right role.</source>
        <translation>Las ranuras de clave de estas cuentas fueron alteradas y se rechazan: %1. Elimínelas y vuelva a añadirlas con el rol correcto.</translation>
    </message>
    <message>
        <source>Failed sign-in counters were set back by editing the keystore file for: %1. Someone may be guessing passwords.</source>
        <translation>Los contadores de inicios de sesión fallidos se reajustaron editando el archivo de claves para: %1. Puede que alguien esté intentando adivinar contraseñas.</translation>
    </message>
    <message>
        <source>The record of accounts is signed with another admin key than this account knows: its interview keys are not shared with other accounts until an admin signs in.</source>
        <translation>El registro de cuentas está firmado con una clave de administración distinta de la que conoce esta cuenta: sus claves de entrevista no se comparten con otras cuentas hasta que un administrador inicie sesión.</translation>
    </message>
    <message>
        <source>Interviews are now sealed per officer (%1 officer(s)): each officer reads their own; supervisor accounts read every officer's.</source>
        <translation>Las entrevistas ya están selladas por agente (%1 agente(s)): cada agente lee las suyas; las cuentas de supervisor leen las de todos.</translation>
    </message>
    <message>
        <source>%1 interview key(s) given to this account did not open: the vault was altered.</source>
        <translation>%1 clave(s) de entrevista dadas a esta cuenta no se abrieron: la bóveda fue alterada.</translation>
    </message>
    <message>
        <source>This account's own interview key is no longer given to it (the vault was altered): new interviews are sealed under a new key.</source>
        <translation>La clave de entrevista propia de esta cuenta ya no se le da (la bóveda fue alterada): las entrevistas nuevas se sellan con una clave nueva.</translation>
    </message>
    <message>
        <source>The interview keys could not be brought up to date this time: %1</source>
        <translation>Las claves de entrevista no se pudieron actualizar esta vez: %1</translation>
    </message>
    <message>
        <source>The keystore file cannot be written, so this account's interview key could not be sealed in its slot this time.</source>
        <translation>No se puede escribir el archivo de claves: la clave de entrevista de esta cuenta no se pudo sellar en su ranura esta vez.</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Cuentas en este equipo</translation>
    </message>
    <message>
        <source>The audit log records this. An admin sees the accounts with “fieldapp user list”.</source>
        <translation>El registro de auditoría lo guarda. Un administrador ve las cuentas con «fieldapp user list».</translation>
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
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Search reference, site, form, name…</source>
        <translation>Buscar referencia, lugar, formulario, nombre…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed: handed on to another organisation</source>
        <translation>Cerrado: remitido a otra organización</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>enviada, aún sin respuesta</translation>
    </message>
    <message>
        <source>received by the service</source>
        <translation>recibida por el servicio</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>services started</source>
        <translation>atención iniciada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeBox</name>
    <message>
        <source>Supervisor's follow-up</source>
        <translation>Seguimiento del supervisor</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(desde el %1)</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>Derivación a %1: %2</translation>
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
        <translation>%1, versión del %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Agente</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Cambiar el estado…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>Earlier revision</source>
        <translation>Revisión anterior</translation>
    </message>
    <message>
        <source>Later revision</source>
        <translation>Revisión posterior</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Registrar seguimiento…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>Revisar el conflicto…</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>Leído en</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>Notas e historial</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>citizenship %1</source>
        <translation>nacionalidad %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>Revisión %1 — %2, %3</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Revision %1: %2 versions, %3</source>
        <translation>Revisión %1: %2 versiones, %3</translation>
    </message>
    <message>
        <source>Some revisions of this case arrived in more than one version.</source>
        <translation>Algunas revisiones de este caso llegaron en más de una versión.</translation>
    </message>
    <message>
        <source>No version conflict in this case.</source>
        <translation>No hay conflictos de versión en este caso.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Choose two different revisions to compare.</source>
        <translation>Elija dos revisiones distintas para compararlas.</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Revision %1 by %2 on %3, reason: “%4”. %5 field(s) differ.</source>
        <translation>Revisión %1 de %2 el %3, motivo: «%4». %5 campo(s) difiere(n).</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>sin motivo</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save picture…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Save the picture of %1</source>
        <translation>Guardar la imagen de %1</translation>
    </message>
    <message>
        <source>Save numbers…</source>
        <translation>Guardar cifras…</translation>
    </message>
    <message>
        <source>Save the numbers of %1</source>
        <translation>Guardar las cifras de %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1 people with information</source>
        <translation>%1 personas con información</translation>
    </message>
    <message>
        <source>still reading answers…</source>
        <translation>leyendo las respuestas…</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Type to find, then Enter, and Space to tick</source>
        <translation>Escriba para buscar, luego Intro, y Espacio para marcar</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Todavía no hay nada elegido.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Clear answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict in %1, revision %2</source>
        <translation>Conflicto en %1, revisión %2</translation>
    </message>
    <message>
        <source>Why this version is the right one</source>
        <translation>Por qué esta versión es la correcta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Conservar esta versión</translation>
    </message>
    <message>
        <source>Undo the resolution</source>
        <translation>Deshacer la resolución</translation>
    </message>
    <message>
        <source>The selected version against the one shown:</source>
        <translation>La versión seleccionada frente a la mostrada:</translation>
    </message>
    <message>
        <source>%1 versions of this revision arrived. Compare them, choose the one to show, and say why. The others stay in the ledger.</source>
        <translation>Llegaron %1 versiones de esta revisión. Compárelas, elija la que se mostrará e indique por qué. Las demás se conservan en el registro.</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: “%3”. Undo it to choose again.</source>
        <translation>Resuelto por %1 el %2: «%3». Deshágalo para volver a elegir.</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Mostrada ahora</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>%1 finalised interview(s) under this filter.</source>
        <translation>%1 entrevista(s) finalizada(s) con este filtro.</translation>
    </message>
    <message>
        <source>Reading answers for types of exploitation and means of control: %1 of %2.</source>
        <translation>Leyendo las respuestas sobre tipos de explotación y medios de control: %1 de %2.</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <source>Save the chart's numbers</source>
        <translation>Guardar las cifras del gráfico</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People with information</source>
        <translation>Personas con información</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Screenings by month</source>
        <translation>Cribados por mes</translation>
    </message>
    <message>
        <source>Results by level</source>
        <translation>Resultados por nivel</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <translation>Tipos de explotación</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>Medios de control</translation>
    </message>
    <message>
        <source>Children and adults</source>
        <translation>Menores y adultos</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Por lugar</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Por agente</translation>
    </message>
</context>
<context>
    <name>DemoProgressWindow</name>
    <message>
        <source>Preparing the demo</source>
        <translation>Preparando la demostración</translation>
    </message>
    <message>
        <source>Preparing a demo vault with fictional interviews…</source>
        <translation>Preparando una bóveda de demostración con entrevistas ficticias…</translation>
    </message>
    <message>
        <source>Nothing real is in it; it is deleted when the window closes.</source>
        <translation>No contiene nada real; se elimina al cerrar la ventana.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Device %1, accepted %2</source>
        <translation>Dispositivo %1, aceptado el %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Laptop code</source>
        <translation>Código del portátil</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Last no.</source>
        <translation>Último n.º</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>Números que faltan</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <source>Enrol this laptop (optional)</source>
        <translation>Inscribir este portátil (opcional)</translation>
    </message>
    <message>
        <source>If your supervisor gave you an enrollment file, choose it here and type the supervisor code shown on their screen. You can also do this later.</source>
        <translation>Si su supervisor le dio un archivo de inscripción, elíjalo aquí y escriba el código que aparece en su pantalla. También puede hacerlo más tarde.</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>Archivo de inscripción</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation>Código del supervisor</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Enrollment files (*.fse)</source>
        <translation>Archivos de inscripción (*.fse)</translation>
    </message>
    <message>
        <source>Enrolled with %1. Read this laptop's code to your supervisor:</source>
        <translation>Inscrito con %1. Lea a su supervisor el código de este portátil:</translation>
    </message>
    <message>
        <source>Give them the registration file: %1</source>
        <translation>Entréguele el archivo de registro: %1</translation>
    </message>
    <message>
        <source>This supervisor code does not match the enrollment file. Compare it with the code on your supervisor's screen and type it again. If they still differ, the file may have been swapped on the way: ask for a new one.</source>
        <translation>Este código del supervisor no coincide con el archivo de inscripción. Compárelo con el código que aparece en la pantalla de su supervisor y escríbalo de nuevo. Si siguen sin coincidir, es posible que el archivo se haya cambiado por el camino: pida uno nuevo.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Choose the file and type the supervisor code.</source>
        <translation>Elija el archivo y escriba el código del supervisor.</translation>
    </message>
    <message>
        <source>Checking the enrollment file…</source>
        <translation>Comprobando el archivo de inscripción…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Enrolled with %1. Read this laptop's code to your supervisor: %2. Give them the registration file: %3</source>
        <translation>Inscrito con %1. Lea a su supervisor el código de este portátil: %2. Entréguele el archivo de registro: %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Tables per form (Excel, .xlsx)</source>
        <translation>Tablas por formulario (Excel, .xlsx)</translation>
    </message>
    <message>
        <source>Tables per form (CSV files in a .zip)</source>
        <translation>Tablas por formulario (archivos CSV en un .zip)</translation>
    </message>
    <message>
        <source>HTCDS 2.0 records (.json)</source>
        <translation>Registros HTCDS 2.0 (.json)</translation>
    </message>
    <message>
        <source>HTCDS 2.0 records (CSV in a .zip)</source>
        <translation>Registros HTCDS 2.0 (CSV en un .zip)</translation>
    </message>
    <message>
        <source>OpenRosa submissions for ODK Central (.zip)</source>
        <translation>Envíos OpenRosa para ODK Central (.zip)</translation>
    </message>
    <message>
        <source>Anonymised statistics, small numbers withheld (.xlsx)</source>
        <translation>Estadísticas anonimizadas, cifras pequeñas ocultas (.xlsx)</translation>
    </message>
    <message>
        <source>Anonymised statistics, small numbers withheld (.csv)</source>
        <translation>Estadísticas anonimizadas, cifras pequeñas ocultas (.csv)</translation>
    </message>
    <message>
        <source>Export interviews</source>
        <translation>Exportar entrevistas</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <source>Field and choice names (as ODK exports them)</source>
        <translation>Nombres de campos y opciones (como los exporta ODK)</translation>
    </message>
    <message>
        <source>Encrypt to a public key (age)</source>
        <translation>Cifrar con una clave pública (age)</translation>
    </message>
    <message>
        <source>Plaintext: I will protect the file myself</source>
        <translation>Sin cifrar: yo protegeré el archivo</translation>
    </message>
    <message>
        <source>Choose key file…</source>
        <translation>Elegir archivo de clave…</translation>
    </message>
    <message>
        <source>No key chosen</source>
        <translation>No se ha elegido ninguna clave</translation>
    </message>
    <message>
        <source>Anonymised: counts of people only, no identifiers; every number under 11 and any number that would reveal one are withheld.</source>
        <translation>Anonimizado: solo recuentos de personas, sin identificadores; se ocultan todas las cifras menores de 11 y cualquier cifra que permitiera deducir una de ellas.</translation>
    </message>
    <message>
        <source>The file will hold names and answers in the clear. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>El archivo contendrá nombres y respuestas sin cifrar. Guárdelo en una unidad cifrada y elimínelo cuando ya no sea necesario.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Elija dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message numerus="yes">
        <source>%n finalised interview(s) in the current filter</source>
        <translation>
            <numerusform>%n entrevista finalizada en el filtro actual</numerusform>
            <numerusform>%n entrevistas finalizadas en el filtro actual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalised interview(s)</source>
        <translation>
            <numerusform>%n entrevista finalizada</numerusform>
            <numerusform>%n entrevistas finalizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised statistics of %n interview(s) saved to {path}.</source>
        <translation>
            <numerusform>Estadísticas anonimizadas de %n entrevista guardadas en {path}.</numerusform>
            <numerusform>Estadísticas anonimizadas de %n entrevistas guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) saved, encrypted, to {path}.</source>
        <translation>
            <numerusform>%n entrevista guardada, cifrada, en {path}.</numerusform>
            <numerusform>%n entrevistas guardadas, cifradas, en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) saved to {path}. The file is NOT encrypted: keep it safe.</source>
        <translation>
            <numerusform>%n entrevista guardada en {path}. El archivo NO está cifrado: guárdelo en un lugar seguro.</numerusform>
            <numerusform>%n entrevistas guardadas en {path}. El archivo NO está cifrado: guárdelo en un lugar seguro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPrompts</name>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Export files (*{suffix})</source>
        <translation>Archivos de exportación (*{suffix})</translation>
    </message>
    <message>
        <source>The age public key to encrypt to</source>
        <translation>La clave pública age con la que cifrar</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt *.age-recipient)</source>
        <translation>Claves públicas (*.pub *.txt *.age-recipient)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FileReportModel</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>✖ Rejected</source>
        <translation>✖ Rechazado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>En orden</translation>
    </message>
    <message>
        <source>Gap: missing %1</source>
        <translation>Hueco: falta(n) %1</translation>
    </message>
    <message>
        <source>Late: fills an earlier gap</source>
        <translation>Tardío: cubre un hueco anterior</translation>
    </message>
    <message>
        <source>Number used before: look into it</source>
        <translation>Número ya usado: revíselo</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>Ya recibido</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled before this file. It is untouched.</source>
        <translation>No importado: la importación se canceló antes de este archivo. Queda intacto.</translation>
    </message>
    <message>
        <source>This bundle was imported before: nothing changed. Its receipt is offered again.</source>
        <translation>Este paquete ya se había importado: no cambió nada. Se vuelve a ofrecer su acuse de recibo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Movido a</translation>
    </message>
</context>
<context>
    <name>FileReportsView</name>
    <message>
        <source>Files imported</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>Only files that need a look</source>
        <translation>Solo los que requieren revisión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No file imported since you signed in.</source>
        <translation>No se ha importado ningún archivo desde que inició sesión.</translation>
    </message>
    <message>
        <source>%1 file(s): %2 imported, %3 already imported, %4 rejected, %5 skipped. Records: %6 new, %7 unchanged, %8 in conflict.</source>
        <translation>%1 archivo(s): %2 importado(s), %3 ya importado(s), %4 rechazado(s), %5 omitido(s). Elementos: %6 nuevo(s), %7 sin cambios, %8 en conflicto.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search reference, site, name…</source>
        <translation>Buscar referencia, lugar, nombre…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>Cualquier agente</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>Cualquier formulario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Any case status</source>
        <translation>Cualquier estado del caso</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Children and adults</source>
        <translation>Menores y adultos</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Edad desconocida</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>With or without conflict</source>
        <translation>Con o sin conflicto</translation>
    </message>
    <message>
        <source>With an open conflict</source>
        <translation>Con un conflicto abierto</translation>
    </message>
    <message>
        <source>Without conflict</source>
        <translation>Sin conflicto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Finalise the interview</source>
        <translation>Finalizar la entrevista</translation>
    </message>
    <message>
        <source>Finalise this interview now?</source>
        <translation>¿Finalizar esta entrevista ahora?</translation>
    </message>
    <message>
        <source>The answers are then locked and the screening result is shown. A correction later becomes a new revision, with its reason recorded.</source>
        <translation>Las respuestas quedan entonces bloqueadas y se muestra el resultado del cribado. Una corrección posterior se convierte en una nueva revisión, con su motivo registrado.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Keep checking</source>
        <translation>Seguir revisando</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the referral's follow-up</source>
        <translation>Registrar el seguimiento de la derivación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — ahora: %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>This step means the referral did not succeed: say why.</source>
        <translation>Este paso significa que la derivación no prosperó: indique por qué.</translation>
    </message>
    <message>
        <source>A reason is optional for this step.</source>
        <translation>El motivo es opcional para este paso.</translation>
    </message>
</context>
<context>
    <name>FormNames</name>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n.º %2)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Bundle files to import</source>
        <translation>Archivos de paquete para importar</translation>
    </message>
    <message>
        <source>Sync bundles (*.fsb)</source>
        <translation>Paquetes de sincronización (*.fsb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The laptop's registration file</source>
        <translation>El archivo de registro del portátil</translation>
    </message>
    <message>
        <source>Laptop registrations (*.fsd)</source>
        <translation>Archivos de registro de portátil (*.fsd)</translation>
    </message>
    <message>
        <source>Accept a laptop</source>
        <translation>Aceptar un portátil</translation>
    </message>
    <message>
        <source>Type the laptop code shown on the officer's screen:</source>
        <translation>Escriba el código del portátil que aparece en la pantalla del agente:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a shared drive</source>
        <translation>Una carpeta en una memoria USB o una unidad compartida</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Importar ahora</translation>
    </message>
    <message>
        <source>Watch this folder</source>
        <translation>Vigilar esta carpeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Bundle files (.fsb) from a stick, or every bundle ready in an inbox folder:</source>
        <translation>Archivos de paquete (.fsb) de una memoria USB, o todos los paquetes listos en una carpeta de entrada:</translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation>Carpeta de acuses</translation>
    </message>
    <message>
        <source>To the laptops</source>
        <translation>A los portátiles</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Importing… The window stays usable; Cancel stops after the bundle being imported.</source>
        <translation>Importando… Puede seguir usando la ventana; Cancelar detiene la importación después del paquete en curso.</translation>
    </message>
    <message>
        <source>Stopping after this bundle…</source>
        <translation>Deteniendo tras este paquete…</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>Archivo %1 de %2</translation>
    </message>
    <message>
        <source>Showing the interviews in the case list…</source>
        <translation>Mostrando las entrevistas en la lista de casos…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
</context>
<context>
    <name>ImportStatusView</name>
    <message>
        <source>Supervisor code (read it to officers enrolling a laptop):</source>
        <translation>Código del supervisor (léalo a los agentes que inscriben un portátil):</translation>
    </message>
    <message>
        <source>Show them now</source>
        <translation>Mostrarlas ahora</translation>
    </message>
    <message>
        <source>Laptops accepted</source>
        <translation>Portátiles aceptados</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Elementos en conflicto</translation>
    </message>
    <message>
        <source>Receipts to hand out</source>
        <translation>Acuses por entregar</translation>
    </message>
    <message>
        <source>Interview revisions waiting to be shown</source>
        <translation>Revisiones de entrevista pendientes de mostrar</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>%1 interview revision(s) shown in the case list.</source>
        <translation>%1 revisión(es) de entrevista mostrada(s) en la lista de casos.</translation>
    </message>
    <message>
        <source>Nothing to import: no bundle file was ready. A file still being copied waits for the next look.</source>
        <translation>Nada que importar: no había ningún archivo de paquete listo. Un archivo que aún se está copiando espera a la siguiente comprobación.</translation>
    </message>
    <message>
        <source>Import cancelled: %1 file(s) done, %2 left untouched (skipped). The files done are imported whole; import again for the rest.</source>
        <translation>Importación cancelada: %1 archivo(s) procesado(s), %2 omitido(s) sin tocar. Los archivos procesados se importaron completos; vuelva a importar para el resto.</translation>
    </message>
    <message>
        <source>Import finished: %1 file(s), %2 imported, %3 already imported, %4 rejected, %5 skipped.</source>
        <translation>Importación terminada: %1 archivo(s), %2 importado(s), %3 ya importado(s), %4 rechazado(s), %5 omitido(s).</translation>
    </message>
    <message>
        <source>%1 interview revision(s) are now in the case list.</source>
        <translation>%1 revisión(es) de entrevista ya figura(n) en la lista de casos.</translation>
    </message>
    <message>
        <source>A rejected file changed nothing: the table says why.</source>
        <translation>Un archivo rechazado no cambió nada: la tabla indica el motivo.</translation>
    </message>
    <message>
        <source>No receipt waiting: every receipt was written before.</source>
        <translation>Ningún acuse de recibo pendiente: todos se guardaron antes.</translation>
    </message>
    <message>
        <source>%1 receipt(s) written to %2. Each laptop takes only its own receipts.</source>
        <translation>%1 acuse(s) de recibo guardado(s) en %2. Cada portátil acepta solo sus propios acuses.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>%1 … (%2 numbers)</source>
        <translation>%1 … (%2 números)</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <source>All pages are done.</source>
        <translation>Todas las páginas están completas.</translation>
    </message>
    <message>
        <source>Check the answers if needed (Back, or a section on the side), then finalise the interview to see the screening result.</source>
        <translation>Revise las respuestas si es necesario (Atrás, o una sección del lateral) y luego finalice la entrevista para ver el resultado del cribado.</translation>
    </message>
    <message>
        <source>This section does not apply to this interview.</source>
        <translation>Esta sección no se aplica a esta entrevista.</translation>
    </message>
    <message>
        <source>This answer does not fit the question: check it.</source>
        <translation>Esta respuesta no corresponde a la pregunta: revísela.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All answers saved</source>
        <translation>Todas las respuestas guardadas</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Your answers stay on the screen and are saved as soon as it works again.</source>
        <translation>Sus respuestas siguen en la pantalla y se guardarán en cuanto vuelva a funcionar.</translation>
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
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizada</translation>
    </message>
    <message>
        <source>Strong indication: refer now</source>
        <translation>Indicación fuerte: derivar ahora</translation>
    </message>
    <message>
        <source>Some indicators: assess further</source>
        <translation>Algunos indicadores: evaluar más a fondo</translation>
    </message>
    <message>
        <source>No indicators identified</source>
        <translation>No se identificaron indicadores</translation>
    </message>
    <message>
        <source>Stopped: not safe to continue</source>
        <translation>Detenida: no es seguro continuar</translation>
    </message>
    <message>
        <source>Refer now</source>
        <translation>Derivar ahora</translation>
    </message>
    <message>
        <source>Assess further</source>
        <translation>Evaluar más</translation>
    </message>
    <message>
        <source>No indicators</source>
        <translation>Sin indicadores</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Deceptive recruitment</source>
        <translation>Captación engañosa</translation>
    </message>
    <message>
        <source>Coercive recruitment</source>
        <translation>Captación coercitiva</translation>
    </message>
    <message>
        <source>Recruitment by abuse of vulnerability</source>
        <translation>Captación por abuso de vulnerabilidad</translation>
    </message>
    <message>
        <source>Exploitative conditions</source>
        <translation>Condiciones de explotación</translation>
    </message>
    <message>
        <source>Coercion at destination</source>
        <translation>Coerción en el destino</translation>
    </message>
    <message>
        <source>Abuse of vulnerability at destination</source>
        <translation>Abuso de vulnerabilidad en el destino</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Inmediata</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ordinaria</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Questions read in</source>
        <translation>Preguntas leídas en</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>Su idioma</translation>
    </message>
    <message>
        <source>Questions in:</source>
        <translation>Preguntas en:</translation>
    </message>
    <message>
        <source>Your language:</source>
        <translation>Su idioma:</translation>
    </message>
</context>
<context>
    <name>LaptopSyncPanel</name>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>Nada nuevo que enviar</translation>
    </message>
    <message>
        <source>Folder for the sync file (a USB stick)</source>
        <translation>Carpeta para el archivo de sincronización (una memoria USB)</translation>
    </message>
    <message>
        <source>Save a sync file anyway</source>
        <translation>Guardar de todos modos un archivo de sincronización</translation>
    </message>
    <message>
        <source>Receipts from the supervisor</source>
        <translation>Acuses de recibo del supervisor</translation>
    </message>
    <message>
        <source>Receipts (*.fsr)</source>
        <translation>Acuses de recibo (*.fsr)</translation>
    </message>
    <message>
        <source>Updates from the supervisor</source>
        <translation>Actualizaciones del supervisor</translation>
    </message>
    <message>
        <source>Updates (*.fsu)</source>
        <translation>Actualizaciones (*.fsu)</translation>
    </message>
    <message>
        <source>Remove synced interviews</source>
        <translation>Eliminar entrevistas sincronizadas</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Eliminarlas</translation>
    </message>
    <message>
        <source>Folder for the registration file</source>
        <translation>Carpeta para el archivo de registro</translation>
    </message>
    <message>
        <source>Registration file written: %1</source>
        <translation>Archivo de registro guardado: %1</translation>
    </message>
    <message>
        <source>Read this laptop's code to your supervisor: %1</source>
        <translation>Lea a su supervisor el código de este portátil: %1</translation>
    </message>
</context>
<context>
    <name>LaptopSyncText</name>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation>Código del supervisor</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <source>This laptop's code</source>
        <translation>Código de este portátil</translation>
    </message>
    <message>
        <source>Removal rule</source>
        <translation>Regla de eliminación</translation>
    </message>
    <message>
        <source>Last update applied</source>
        <translation>Última actualización aplicada</translation>
    </message>
    <message>
        <source>Removed interviews</source>
        <translation>Entrevistas eliminadas</translation>
    </message>
    <message>
        <source>None received: interviews stay on this laptop.</source>
        <translation>No se recibió ninguna: las entrevistas se quedan en este portátil.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed as soon as the supervisor confirmed them; a short entry stays in your log.</source>
        <translation>Las entrevistas finalizadas se eliminan en cuanto el supervisor las confirma; queda una breve entrada en su registro.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed as soon as the supervisor confirmed them; nothing of them stays on this laptop.</source>
        <translation>Las entrevistas finalizadas se eliminan en cuanto el supervisor las confirma; no queda nada de ellas en este portátil.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>%1 (a short entry each in your log)</source>
        <translation>%1 (cada una con una breve entrada en su registro)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>No removal rule was received: nothing will be removed.</source>
        <translation>No se recibió ninguna regla de eliminación: no se eliminará nada.</translation>
    </message>
    <message>
        <source>Every finalised interview the supervisor has confirmed will be removed from this laptop.</source>
        <translation>Se eliminarán de este portátil todas las entrevistas finalizadas que el supervisor haya confirmado.</translation>
    </message>
    <message>
        <source>Their answers, site and name go; a short entry (reference, form, dates, result) stays in your log.</source>
        <translation>Se borran sus respuestas, lugar y nombre; queda una breve entrada (referencia, formulario, fechas, resultado) en su registro.</translation>
    </message>
    <message>
        <source>They go completely: no entry stays in your log.</source>
        <translation>Se borran por completo: no queda ninguna entrada en su registro.</translation>
    </message>
    <message>
        <source>Nothing the supervisor has not confirmed is removed.</source>
        <translation>No se elimina nada que el supervisor no haya confirmado.</translation>
    </message>
    <message>
        <source>No interview is due for removal yet.</source>
        <translation>Todavía no hay ninguna entrevista que deba eliminarse.</translation>
    </message>
    <message>
        <source>Waiting for your supervisor</source>
        <translation>Esperando a su supervisor</translation>
    </message>
    <message>
        <source>Activity log to send</source>
        <translation>Registro de actividad por enviar</translation>
    </message>
    <message>
        <source>Last sync file</source>
        <translation>Último archivo de sincronización</translation>
    </message>
    <message>
        <source>Confirmed by your supervisor</source>
        <translation>Confirmadas por su supervisor</translation>
    </message>
    <message>
        <source>Finalised interviews are removed %n day(s) after the supervisor confirmed them; a short entry stays in your log.</source>
        <translation>Las entrevistas finalizadas se eliminan %n día(s) después de que el supervisor las confirme; queda una breve entrada en su registro.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed %n day(s) after the supervisor confirmed them; nothing of them stays on this laptop.</source>
        <translation>Las entrevistas finalizadas se eliminan %n día(s) después de que el supervisor las confirme; no queda nada de ellas en este portátil.</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Ninguno guardado todavía</translation>
    </message>
    <message>
        <source>Number %1, saved %2</source>
        <translation>Número %1, guardado el %2</translation>
    </message>
    <message>
        <source>None: every finalised interview is confirmed</source>
        <translation>Ninguna: todas las entrevistas finalizadas están confirmadas</translation>
    </message>
    <message>
        <source>%n interview(s), not sent yet</source>
        <translation>%n entrevista(s), aún no enviada(s)</translation>
    </message>
    <message>
        <source>%n interview(s), sent and waiting for your supervisor's receipt</source>
        <translation>%n entrevista(s), enviada(s) y a la espera del acuse de recibo de su supervisor</translation>
    </message>
    <message>
        <source>%n interview(s): %1 not sent yet, the others sent and waiting for your supervisor's receipt</source>
        <translation>%n entrevista(s): %1 aún no enviada(s), las demás enviadas y a la espera del acuse de recibo de su supervisor</translation>
    </message>
    <message>
        <source>%n event(s)</source>
        <translation>%n evento(s)</translation>
    </message>
    <message>
        <source>%n interview(s)</source>
        <translation>%n entrevista(s)</translation>
    </message>
    <message>
        <source>Finalised interviews the supervisor confirmed at least %n day(s) ago will be removed from this laptop.</source>
        <translation>Las entrevistas finalizadas que el supervisor confirmó hace al menos %n día(s) se quitarán de este portátil.</translation>
    </message>
    <message>
        <source>%n synced interview(s) removed from this laptop.</source>
        <translation>%n entrevista(s) sincronizada(s) eliminada(s) de este portátil.</translation>
    </message>
    <message>
        <source>Sync file %1 saved: %2.</source>
        <translation>Archivo de sincronización %1 guardado: %2.</translation>
    </message>
    <message>
        <source>Part of it was sent before and is not confirmed yet.</source>
        <translation>Una parte ya se envió antes y aún no está confirmada.</translation>
    </message>
    <message>
        <source>No finalised interview to send yet: no sync file was saved.</source>
        <translation>Todavía no hay ninguna entrevista finalizada que enviar: no se guardó ningún archivo de sincronización.</translation>
    </message>
    <message>
        <source>Nothing new since sync file %1: no file was saved.</source>
        <translation>No hay nada nuevo desde el archivo de sincronización %1: no se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>%n interview(s) still to be confirmed by your supervisor.</source>
        <translation>%n entrevista(s) pendiente(s) de confirmación por su supervisor.</translation>
    </message>
    <message>
        <source>It carries this laptop's activity log (%n event(s)).</source>
        <translation>Contiene el registro de actividad de este portátil (%n evento(s)).</translation>
    </message>
    <message>
        <source>It carries %n interview(s) and this laptop's activity log.</source>
        <translation>Contiene %n entrevista(s) y el registro de actividad de este portátil.</translation>
    </message>
    <message>
        <source>There is no finalised interview to send, only this laptop's activity log (%n event(s)). Save a sync file with the activity log anyway?</source>
        <translation>No hay ninguna entrevista finalizada que enviar, solo el registro de actividad de este portátil (%n evento(s)). ¿Guardar de todos modos un archivo de sincronización con el registro de actividad?</translation>
    </message>
    <message>
        <source>Nothing is new since sync file %1. Save a sync file anyway? It carries again everything your supervisor has not confirmed yet.</source>
        <translation>No hay nada nuevo desde el archivo de sincronización %1. ¿Guardar de todos modos un archivo de sincronización? Vuelve a llevar todo lo que su supervisor aún no ha confirmado.</translation>
    </message>
    <message>
        <source>Receipt for sync file %1: %n item(s) confirmed as received</source>
        <translation>Acuse de recibo del archivo de sincronización %1: %n elemento(s) confirmado(s) como recibido(s)</translation>
    </message>
    <message>
        <source> (%n confirmed before).</source>
        <translation> (%n confirmado(s) antes).</translation>
    </message>
    <message>
        <source>%n item(s) do not match what this laptop sent: they stay waiting.</source>
        <translation>%n elemento(s) no coincide(n) con lo que envió este portátil: siguen en espera.</translation>
    </message>
    <message>
        <source>Update %1 applied: %n form version(s) added.</source>
        <translation>Actualización %1 aplicada: %n versión(es) de formulario añadida(s).</translation>
    </message>
    <message>
        <source>The supervisor's follow-up of %n interview(s) arrived: open an interview's result to read it.</source>
        <translation>Ha llegado el seguimiento del supervisor de %n entrevista(s): abra el resultado de una entrevista para leerlo.</translation>
    </message>
    <message>
        <source>The referral directory was replaced.</source>
        <translation>Se reemplazó el directorio de derivación.</translation>
    </message>
    <message>
        <source>New removal rule: %1</source>
        <translation>Nueva regla de eliminación: %1</translation>
    </message>
    <message>
        <source>%1 was refused; nothing from it was applied: %2</source>
        <translation>Se rechazó %1; no se aplicó nada de su contenido: %2</translation>
    </message>
    <message>
        <source>One of the %1 update files was refused, so none was applied: %2</source>
        <translation>Se rechazó uno de los %1 archivos de actualización, así que no se aplicó ninguno: %2</translation>
    </message>
    <message>
        <source>This vault belongs to a supervisor. The laptop's Sync screen works on field laptops only.</source>
        <translation>Esta bóveda pertenece a un supervisor. La pantalla Sincronizar del portátil solo funciona en portátiles de campo.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: enrol it with the supervisor's enrollment file first.</source>
        <translation>Este portátil aún no está inscrito: primero inscríbalo con el archivo de inscripción del supervisor.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not done. Nothing was lost. Free some space and try again.</source>
        <translation>El disco está lleno y esto no se hizo. No se perdió nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LaptopSyncView</name>
    <message>
        <source>Sync with your supervisor</source>
        <translation>Sincronizar con su supervisor</translation>
    </message>
    <message>
        <source>Finalised interviews go to your supervisor as an encrypted file on a USB stick. Receipts and updates come back the same way.</source>
        <translation>Las entrevistas finalizadas llegan a su supervisor como un archivo cifrado en una memoria USB. Los acuses de recibo y las actualizaciones vuelven del mismo modo.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Enrol this laptop</source>
        <translation>Inscribir este portátil</translation>
    </message>
    <message>
        <source>Choose the enrollment file your supervisor gave you and type the supervisor code shown on their screen.</source>
        <translation>Elija el archivo de inscripción que le dio su supervisor y escriba el código del supervisor que aparece en su pantalla.</translation>
    </message>
    <message>
        <source>Save sync file…</source>
        <translation>Guardar archivo de sincronización…</translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation>Importar acuses…</translation>
    </message>
    <message>
        <source>Import updates…</source>
        <translation>Importar actualizaciones…</translation>
    </message>
    <message>
        <source>Remove synced interviews now</source>
        <translation>Eliminar ahora las entrevistas sincronizadas</translation>
    </message>
    <message>
        <source>Write registration file…</source>
        <translation>Guardar archivo de registro…</translation>
    </message>
    <message>
        <source>To the supervisor</source>
        <translation>Para el supervisor</translation>
    </message>
    <message>
        <source>From the supervisor</source>
        <translation>Del supervisor</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>En este portátil</translation>
    </message>
</context>
<context>
    <name>LaptopsView</name>
    <message>
        <source>Laptops</source>
        <translation>Portátiles</translation>
    </message>
    <message>
        <source>Accept a laptop…</source>
        <translation>Aceptar un portátil…</translation>
    </message>
    <message>
        <source>Checking the laptop's code…</source>
        <translation>Comprobando el código del portátil…</translation>
    </message>
    <message>
        <source>%1 accepted: its bundles can be imported now.</source>
        <translation>%1 aceptado: ya se pueden importar sus paquetes.</translation>
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
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
</context>
<context>
    <name>MissingAnswersPanel</name>
    <message>
        <source>The interview cannot be finalised yet. Answers to look at: %1</source>
        <translation>La entrevista aún no se puede finalizar. Respuestas que revisar: %1</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Ir a esta pregunta</translation>
    </message>
</context>
<context>
    <name>NeutralPanel</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>For example: Central bus station, gate 3</source>
        <translation>Por ejemplo: estación central de autobuses, andén 3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>No forms are installed on this laptop.</source>
        <translation>No hay formularios instalados en este portátil.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Respondent's language</source>
        <translation>Idioma de la persona entrevistada</translation>
    </message>
    <message>
        <source>App language (yours)</source>
        <translation>Idioma de la aplicación (el suyo)</translation>
    </message>
    <message>
        <source>Site or location</source>
        <translation>Lugar</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a case note</source>
        <translation>Añadir una nota al caso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>All sections done: check, then finalise</source>
        <translation>Todas las secciones completadas: revise y luego finalice</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>Sección %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>%1: %2 entered so far.</source>
        <translation>%1: %2 introducido(s) hasta ahora.</translation>
    </message>
    <message>
        <source>Add another entry, or press Next to go on.</source>
        <translation>Añada otra entrada o pulse Siguiente para continuar.</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <source>Remove the last entry</source>
        <translation>Quitar la última entrada</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the referral</source>
        <translation>Frase de contraseña de la derivación</translation>
    </message>
    <message>
        <source>The file is encrypted. The service needs this passphrase to open it:</source>
        <translation>El archivo está cifrado. El servicio necesita esta frase de contraseña para abrirlo:</translation>
    </message>
    <message>
        <source>Give it to the service by another channel than the file: read it out by phone or hand it over in person, never in the same e-mail or on the same stick. Write it down now: it is shown only this once and is not kept anywhere.</source>
        <translation>Entréguela al servicio por otra vía distinta del archivo: léala por teléfono o entréguela en persona, nunca en el mismo correo ni en la misma memoria USB. Anótela ahora: solo se muestra esta vez y no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>La he anotado</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>The preview cannot be shown on this laptop: the Qt PDF module is not installed. The document itself is not affected; save or print it to read it.</source>
        <translation>La vista previa no se puede mostrar en este portátil: el módulo Qt PDF no está instalado. El documento no se ve afectado; guárdelo o imprímalo para leerlo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Choose a service, then Preview to see the document.</source>
        <translation>Elija un servicio y luego Vista previa para ver el documento.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The disk is full, so the last answer could not be saved. It is still on the screen. Free some space (empty the Downloads folder or the bin) and it will be saved with your next answer.</source>
        <translation>El disco está lleno y la última respuesta no se pudo guardar. Sigue en la pantalla. Libere espacio (vacíe la carpeta Descargas o la papelera) y se guardará con su próxima respuesta.</translation>
    </message>
    <message>
        <source>The vault on this laptop is damaged. Do not delete anything. Ask your supervisor to check it with 'fieldapp check' and to restore the latest backup.</source>
        <translation>La bóveda de este portátil está dañada. No borre nada. Pida a su supervisor que la revise con «fieldapp check» y que restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file of the vault is damaged or was changed. Do not delete anything; ask your supervisor for help.</source>
        <translation>El archivo de claves de la bóveda está dañado o fue modificado. No borre nada; pida ayuda a su supervisor.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of the app. Update the app.</source>
        <translation>Esta bóveda fue escrita por una versión más reciente de la aplicación. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>The form could not be opened (it is missing or damaged). Ask your supervisor for a working copy of the form. Details: %1</source>
        <translation>No se pudo abrir el formulario (falta o está dañado). Pida a su supervisor una copia que funcione. Detalles: %1</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>La bóveda está bloqueada. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What was saved before is kept. Close the app and open it again; if it happens again, tell your supervisor.</source>
        <translation>Algo falló dentro de la aplicación. Lo guardado se conserva. Cierre la aplicación y vuelva a abrirla; si vuelve a ocurrir, avise a su supervisor.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault is open for reading only: you can look at interviews, but nothing new can be saved. Free some space (empty the Downloads folder or the bin), then lock and sign in again.</source>
        <translation>El disco está lleno: la bóveda está abierta solo para lectura. Puede consultar las entrevistas, pero no se puede guardar nada nuevo. Libere espacio (vacíe la carpeta Descargas o la papelera) y luego bloquee y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written (a read-only drive, or no permission), so the vault is open for reading only: you can look at interviews, but nothing new can be saved. Ask your supervisor for help.</source>
        <translation>No se puede escribir en la carpeta de la bóveda (una unidad de solo lectura o sin permiso): la bóveda está abierta solo para lectura. Puede consultar las entrevistas, pero no se puede guardar nada nuevo. Pida ayuda a su supervisor.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>This question needs an answer.</source>
        <translation>Esta pregunta necesita una respuesta.</translation>
    </message>
    <message>
        <source>This answer is not accepted: check it with the person.</source>
        <translation>Esta respuesta no se acepta: compruébela con la persona.</translation>
    </message>
    <message>
        <source>For the officer – not read aloud</source>
        <translation>Para el agente – no leer en voz alta</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoria)</translation>
    </message>
    <message>
        <source>Officer guidance: %1</source>
        <translation>Indicación para el agente: %1</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Place %1</source>
        <translation>Puesto %1</translation>
    </message>
</context>
<context>
    <name>ReceiptsRow</name>
    <message>
        <source>Receipts folder</source>
        <translation>Carpeta de acuses</translation>
    </message>
    <message>
        <source>Once chosen, receipts are written here after each import</source>
        <translation>Una vez elegida, los acuses de recibo se guardan aquí tras cada importación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Write receipts…</source>
        <translation>Guardar acuses…</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>Guardando acuses…</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Shelter</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protección de la infancia</translation>
    </message>
    <message>
        <source>National referral authority</source>
        <translation>Autoridad nacional de derivación</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <translation>Inspección de trabajo</translation>
    </message>
    <message>
        <source>Consular services</source>
        <translation>Servicios consulares</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Full only</source>
        <translation>Solo completo</translation>
    </message>
    <message>
        <source>Anonymous OK</source>
        <translation>Anónima aceptada</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral for %1</source>
        <translation>Derivación de %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Why this service, in a few words (optional)</source>
        <translation>Por qué este servicio, en pocas palabras (opcional)</translation>
    </message>
    <message>
        <source>Encrypt the file (AES-256, passphrase shown once)</source>
        <translation>Cifrar el archivo (AES-256, la frase se muestra una vez)</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Referring officer</source>
        <translation>Agente que deriva</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Printing needs the Qt PDF module</source>
        <translation>Para imprimir hace falta el módulo Qt PDF</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Registrar el estado</translation>
    </message>
    <message>
        <source>What the service answered:</source>
        <translation>Lo que respondió el servicio:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Receiving service</source>
        <translation>Servicio receptor</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Derivaciones hechas</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>Child referral: a child is always referred to child protection, whatever the consent.</source>
        <translation>Derivación de menores: un niño o niña siempre se deriva a protección de la infancia, sea cual sea el consentimiento.</translation>
    </message>
    <message>
        <source>Anonymous referral: the person did not give full consent, so names, contact details and other identifying answers are left out.</source>
        <translation>Derivación anónima: la persona no dio su consentimiento completo, así que se omiten nombres, datos de contacto y otras respuestas identificativas.</translation>
    </message>
    <message>
        <source>Full consent: each service receives only what its type of service needs.</source>
        <translation>Consentimiento completo: cada servicio recibe solo lo que necesita su tipo de servicio.</translation>
    </message>
    <message>
        <source>Choose a receiving service first.</source>
        <translation>Elija primero un servicio receptor.</translation>
    </message>
    <message>
        <source>Preview only: nothing is saved or recorded yet.</source>
        <translation>Solo vista previa: todavía no se guarda ni se registra nada.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>The printer could not be opened. The referral is recorded; print it again once the printer works.</source>
        <translation>No se pudo abrir la impresora. La derivación queda registrada; vuelva a imprimirla cuando la impresora funcione.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation>Elija primero una derivación de la lista.</translation>
    </message>
</context>
<context>
    <name>ReferralPrompts</name>
    <message>
        <source>Save the referral</source>
        <translation>Guardar la derivación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivada el</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Prepare referral…</source>
        <translation>Preparar la derivación…</translation>
    </message>
    <message>
        <source>Correct answers (new revision)…</source>
        <translation>Corregir respuestas (nueva revisión)…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Screening result — %1</source>
        <translation>Resultado del cribado — %1</translation>
    </message>
    <message>
        <source>A screening gives indications for referral; it does not decide whether a person is a victim of trafficking.</source>
        <translation>Un cribado da indicaciones para la derivación; no decide si una persona es víctima de trata.</translation>
    </message>
    <message>
        <source>Child or age in doubt: always refer to child protection.</source>
        <translation>Niño, niña o edad dudosa: derive siempre a protección de la infancia.</translation>
    </message>
    <message>
        <source>Why the interview stopped</source>
        <translation>Por qué se detuvo la entrevista</translation>
    </message>
    <message>
        <source>It was not safe to continue, so the screening questions were not asked and no result about trafficking was reached. What was recorded about safety:</source>
        <translation>No era seguro continuar, así que no se hicieron las preguntas de cribado y no se llegó a ningún resultado sobre trata. Lo que se registró sobre la seguridad:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>If anyone is in danger, follow your escalation procedure now (supervisor, emergency services).</source>
        <translation>Si alguien corre peligro, siga ahora su procedimiento de escalamiento (supervisor, servicios de emergencia).</translation>
    </message>
    <message>
        <source>If it is safe, give the person the hotline number discreetly.</source>
        <translation>Si es seguro, dé discretamente a la persona el número de la línea de ayuda.</translation>
    </message>
    <message>
        <source>Try again later in a private place, without the companion and with an independent interpreter if one is needed.</source>
        <translation>Vuelva a intentarlo más tarde en un lugar privado, sin el acompañante y con un intérprete independiente si hace falta.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Dimensions found: %1</source>
        <translation>Dimensiones encontradas: %1</translation>
    </message>
    <message>
        <source>No dimension was found positive.</source>
        <translation>Ninguna dimensión resultó positiva.</translation>
    </message>
    <message>
        <source>Immediate needs</source>
        <translation>Necesidades inmediatas</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se anotó ninguna.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgencia: %1</translation>
    </message>
    <message>
        <source>Services chosen: %1</source>
        <translation>Servicios elegidos: %1</translation>
    </message>
    <message>
        <source>Correct a finalised interview</source>
        <translation>Corregir una entrevista finalizada</translation>
    </message>
    <message>
        <source>Why must the answers change? (Kept with the revision; no names.)</source>
        <translation>¿Por qué deben cambiar las respuestas? (Se guarda con la revisión; sin nombres.)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>Export these…</source>
        <translation>Exportar estas…</translation>
    </message>
    <message>
        <source>%1 interview(s)</source>
        <translation>%1 entrevista(s)</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>%n answer(s) still missing</source>
        <translation>Falta %n respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Está aquí</translation>
    </message>
    <message>
        <source>Not part of this interview with the answers given so far</source>
        <translation>No forma parte de esta entrevista según las respuestas dadas hasta ahora</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>★ Chosen during the interview</source>
        <translation>★ Elegido durante la entrevista</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>App language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Set up this laptop</source>
        <translation>Configurar este portátil</translation>
    </message>
    <message>
        <source>Interviews are kept in an encrypted vault on this laptop. Choose the name and password of the first account; it can add the other officers' accounts later.</source>
        <translation>Las entrevistas se guardan en una bóveda cifrada en este portátil. Elija el nombre y la contraseña de la primera cuenta; después podrá añadir las cuentas de los demás agentes.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Choose an account name.</source>
        <translation>Elija un nombre de cuenta.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Elija una contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Creating the vault… This takes a few seconds: the password is made slow to guess for this laptop.</source>
        <translation>Creando la bóveda… Tarda unos segundos: la contraseña se hace lenta de adivinar para este portátil.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the case status</source>
        <translation>Cambiar el estado del caso</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Waiting referrals</source>
        <translation>Derivaciones pendientes</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>The file is damaged or was altered on the way: its signature or its content does not check out. Nothing of it was used. Ask for the file again.</source>
        <translation>El archivo está dañado o se modificó por el camino: su firma o su contenido no se verifican. No se usó nada de él. Pida el archivo de nuevo.</translation>
    </message>
    <message>
        <source>This is not a sync file of the expected kind, or it is damaged. Nothing of it was used.</source>
        <translation>No es un archivo de sincronización del tipo esperado, o está dañado. No se usó nada de él.</translation>
    </message>
    <message>
        <source>The file is empty. Copy it again.</source>
        <translation>El archivo está vacío. Cópielo de nuevo.</translation>
    </message>
    <message>
        <source>The file is incomplete (the copy was interrupted or is still going on). Copy it again.</source>
        <translation>El archivo está incompleto (la copia se interrumpió o sigue en curso). Cópielo de nuevo.</translation>
    </message>
    <message>
        <source>The file is far too large to be a sync file.</source>
        <translation>El archivo es demasiado grande para ser un archivo de sincronización.</translation>
    </message>
    <message>
        <source>The file or folder could not be read: it was moved, or the stick or drive was taken out.</source>
        <translation>No se pudo leer el archivo o la carpeta: se movió, o se retiró la memoria USB o el disco.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the app. Update the app here.</source>
        <translation>El archivo se creó con una versión más reciente de la aplicación. Actualice la aplicación aquí.</translation>
    </message>
    <message>
        <source>The file comes from a laptop that was not accepted here. Accept the laptop first (its registration file and code), then import it again.</source>
        <translation>El archivo viene de un portátil que no se aceptó aquí. Acepte primero el portátil (su archivo de registro y su código) y después impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file was made for another supervisor. It cannot be read here.</source>
        <translation>El archivo se creó para otro supervisor. No se puede leer aquí.</translation>
    </message>
    <message>
        <source>The file was signed by another supervisor than the one this laptop trusts.</source>
        <translation>El archivo lo firmó un supervisor distinto del que este portátil reconoce.</translation>
    </message>
    <message>
        <source>This receipt is for another laptop.</source>
        <translation>Este acuse de recibo es para otro portátil.</translation>
    </message>
    <message>
        <source>This update is not newer than the one already applied, so it was not applied.</source>
        <translation>Esta actualización no es más reciente que la ya aplicada, así que no se aplicó.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 42.</source>
        <translation>Escriba un número entero, por ejemplo 42.</translation>
    </message>
    <message>
        <source>Enter a number, such as 3.5.</source>
        <translation>Escriba un número, por ejemplo 3.5.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, such as 2026-03-14.</source>
        <translation>Escriba una fecha como AAAA-MM-DD, por ejemplo 2026-03-14.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, such as 14:30.</source>
        <translation>Escriba una hora como HH:MM, por ejemplo 14:30.</translation>
    </message>
    <message>
        <source>Enter a date and time as YYYY-MM-DD HH:MM, such as 2026-03-14 14:30.</source>
        <translation>Escriba una fecha y hora como AAAA-MM-DD HH:MM, por ejemplo 2026-03-14 14:30.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <source>Wrong account or password. Check the keyboard language and Caps Lock.</source>
        <translation>Cuenta o contraseña incorrecta. Compruebe el idioma del teclado y Bloq Mayús.</translation>
    </message>
    <message>
        <source>This account is disabled after too many attempts. A supervisor must reset its password.</source>
        <translation>Esta cuenta está desactivada tras demasiados intentos. Un supervisor debe restablecer su contraseña.</translation>
    </message>
    <message>
        <source>There is no vault on this laptop yet.</source>
        <translation>Todavía no hay ninguna bóveda en este portátil.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in %1.</source>
        <translation>Demasiados intentos fallidos. Podrá volver a intentarlo dentro de %1.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Send an update to the laptops</source>
        <translation>Enviar una actualización a los portátiles</translation>
    </message>
    <message>
        <source>Counting the case outcomes…</source>
        <translation>Contando los resultados de los casos…</translation>
    </message>
    <message>
        <source>Form versions to send</source>
        <translation>Versiones de formulario que enviar</translation>
    </message>
    <message>
        <source>Add forms…</source>
        <translation>Añadir formularios…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep the laptops' directory</source>
        <translation>Conservar el directorio de los portátiles</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Change how long laptops keep received interviews</source>
        <translation>Cambiar cuánto tiempo guardan los portátiles las entrevistas recibidas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days a laptop keeps a received interview</source>
        <translation>Días que un portátil guarda una entrevista recibida</translation>
    </message>
    <message>
        <source>Keep a stub in each laptop's log</source>
        <translation>Conservar un resguardo en el registro de cada portátil</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a shared drive</source>
        <translation>Una carpeta en una memoria USB o una unidad compartida</translation>
    </message>
    <message>
        <source>Write update</source>
        <translation>Escribir la actualización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>Directorio de derivación</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Escribir en</translation>
    </message>
    <message>
        <source>Update %1 carries the case outcomes of %2 interview(s) from %3 laptop(s), each sealed to the laptop that made the interview. Every update carries the latest state of every case: a laptop that missed one loses nothing.</source>
        <translation>La actualización %1 lleva los resultados de %2 entrevista(s) de %3 portátil(es), cada uno sellado para el portátil que hizo la entrevista. Cada actualización lleva el último estado de cada caso: un portátil que se perdió una no pierde nada.</translation>
    </message>
    <message>
        <source>Update %1: no case outcome to send yet (no status, note or referral follow-up recorded on a laptop's interview). Add what else it should carry.</source>
        <translation>Actualización %1: todavía no hay resultados de casos que enviar (ningún estado, nota ni seguimiento de derivación en una entrevista de un portátil). Añada lo que deba llevar.</translation>
    </message>
    <message>
        <source>Checking and signing the update…</source>
        <translation>Comprobando y firmando la actualización…</translation>
    </message>
    <message>
        <source>Nothing was written: a form does not load. Correct it (“fieldapp form check” names every problem) or remove it from the list. Details: %1</source>
        <translation>No se escribió nada: un formulario no se carga. Corríjalo («fieldapp form check» indica cada problema) o quítelo de la lista. Detalles: %1</translation>
    </message>
</context>
<context>
    <name>UpdatePrompts</name>
    <message>
        <source>Form versions to send</source>
        <translation>Versiones de formulario que enviar</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xlsm *.xls *.csv *.md)</source>
        <translation>Libros XLSForm (*.xlsx *.xlsm *.xls *.csv *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The new referral directory</source>
        <translation>El nuevo directorio de derivación</translation>
    </message>
    <message>
        <source>Referral directories (*.json)</source>
        <translation>Directorios de derivación (*.json)</translation>
    </message>
    <message>
        <source>Folder for the update</source>
        <translation>Carpeta para la actualización</translation>
    </message>
</context>
<context>
    <name>UpdatesRow</name>
    <message>
        <source>Send an update…</source>
        <translation>Enviar una actualización…</translation>
    </message>
    <message>
        <source>Case outcomes back to the laptops that made the interviews; new forms, a new referral directory or retention policy to every laptop</source>
        <translation>Los resultados de los casos, a los portátiles que hicieron las entrevistas; formularios nuevos, un nuevo directorio o una política de conservación, a cada portátil</translation>
    </message>
    <message>
        <source>Update %1 written to %2. Each laptop applies it with “Import updates…” on its Sync screen.</source>
        <translation>Actualización %1 escrita en %2. Cada portátil la aplica con «Importar actualizaciones…» en su pantalla Sincronizar.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>shown</source>
        <translation>mostrada</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostrada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
    <message>
        <source>Fields differing</source>
        <translation>Campos diferentes</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Waiting at</source>
        <translation>Pendiente en la etapa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Days without an answer</source>
        <translation>Días sin respuesta</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>Referrals without an answer for more than</source>
        <translation>Derivaciones sin respuesta desde hace más de</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>%1 referral(s) waiting</source>
        <translation>%1 derivación(es) pendiente(s)</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>%1: fewer than 11 people, or withheld so that such a number cannot be worked out from the others.</source>
        <translation>%1: menos de 11 personas, u oculto para que esa cifra no pueda deducirse de las demás.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>Cerrado, derivado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Services started</source>
        <translation>Atención iniciada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
</context>
</TS>