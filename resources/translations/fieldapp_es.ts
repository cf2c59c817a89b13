<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <message>
        <source>%1 interview(s)</source>
        <translation>%1 entrevista(s)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
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
        <source>Enrolled with %1. Read this laptop&apos;s code to your supervisor: %2. Give them the registration file: %3</source>
        <translation>Inscrito con %1. Lea a su supervisor el código de este portátil: %2. Entréguele el archivo de registro: %3</translation>
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
        <source>The laptop&apos;s registration file</source>
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
        <source>Type the laptop code shown on the officer&apos;s screen:</source>
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
        <source>Supervisor code</source>
        <translation>Código del supervisor</translation>
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
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
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
        <source>All pages are done.</source>
        <translation>Todas las páginas están completas.</translation>
    </message>
    <message>
        <source>Check the answers if needed, then finalise the interview to see the screening result.</source>
        <translation>Revise las respuestas si hace falta y luego finalice la entrevista para ver el resultado del cribado.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>This answer does not fit the question: check it.</source>
        <translation>Esta respuesta no corresponde a la pregunta: revísela.</translation>
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
    <name>LaptopSyncPanel</name>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Folder for the bundle (a USB stick)</source>
        <translation>Carpeta para el paquete (una memoria USB)</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>Nada nuevo que enviar</translation>
    </message>
    <message>
        <source>Write a bundle anyway</source>
        <translation>Crear un paquete igualmente</translation>
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
        <source>Read this laptop&apos;s code to your supervisor: %1</source>
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
        <source>This laptop&apos;s code</source>
        <translation>Código de este portátil</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Log entries waiting</source>
        <translation>Entradas del registro pendientes</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>Received by the supervisor</source>
        <translation>Recibido por el supervisor</translation>
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
        <source>Finalised interviews are removed %1 day(s) after the supervisor confirmed them; a short entry stays in your log.</source>
        <translation>Las entrevistas finalizadas se eliminan %1 día(s) después de que el supervisor las confirme; queda una breve entrada en su registro.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed %1 day(s) after the supervisor confirmed them; nothing of them stays on this laptop.</source>
        <translation>Las entrevistas finalizadas se eliminan %1 día(s) después de que el supervisor las confirme; no queda nada de ellas en este portátil.</translation>
    </message>
    <message>
        <source>None sent yet</source>
        <translation>Aún no se ha enviado ninguno</translation>
    </message>
    <message>
        <source>Number %1, written %2</source>
        <translation>Número %1, creado el %2</translation>
    </message>
    <message>
        <source>%1 interview revision(s) (%2 never sent)</source>
        <translation>%1 revisión(es) de entrevista (%2 nunca enviada(s))</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>%1 record(s)</source>
        <translation>%1 elemento(s)</translation>
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
        <source>Finalised interviews the supervisor confirmed at least %1 day(s) ago will be removed from this laptop.</source>
        <translation>Se eliminarán de este portátil las entrevistas finalizadas que el supervisor confirmó hace al menos %1 día(s).</translation>
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
        <source>%1 synced interview(s) removed from this laptop.</source>
        <translation>%1 entrevista(s) sincronizada(s) eliminada(s) de este portátil.</translation>
    </message>
    <message>
        <source>Bundle number %1 written: %2. It holds %3 record(s): %4 interview revision(s) and %5 log entries.</source>
        <translation>Paquete número %1 creado: %2. Contiene %3 elemento(s): %4 revisión(es) de entrevista y %5 entrada(s) del registro.</translation>
    </message>
    <message>
        <source>%1 of them were sent before and are not confirmed yet.</source>
        <translation>%1 de ellos ya se habían enviado y aún no están confirmados.</translation>
    </message>
    <message>
        <source>Nothing new to send: no bundle was written.</source>
        <translation>Nada nuevo que enviar: no se creó ningún paquete.</translation>
    </message>
    <message>
        <source>Nothing new since the last bundle (number %1): no bundle was written.</source>
        <translation>Nada nuevo desde el último paquete (número %1): no se creó ningún paquete.</translation>
    </message>
    <message>
        <source>%1 interview revision(s) wait for the supervisor&apos;s receipt.</source>
        <translation>%1 revisión(es) de entrevista espera(n) el acuse de recibo del supervisor.</translation>
    </message>
    <message>
        <source>Nothing is new since the last bundle. Write a bundle anyway? It carries again the %1 record(s) the supervisor has not confirmed yet.</source>
        <translation>No hay nada nuevo desde el último paquete. ¿Crear un paquete igualmente? Volverá a llevar los %1 elemento(s) que el supervisor aún no ha confirmado.</translation>
    </message>
    <message>
        <source>Receipt for bundle number %1: %2 record(s) marked as received, %3 already received.</source>
        <translation>Acuse de recibo del paquete número %1: %2 elemento(s) marcado(s) como recibido(s), %3 ya recibido(s).</translation>
    </message>
    <message>
        <source>%1 record(s) do not match what this laptop sent: they stay waiting.</source>
        <translation>%1 elemento(s) no coincide(n) con lo que envió este portátil: siguen pendientes.</translation>
    </message>
    <message>
        <source>Update %1 applied: %2 form version(s) added.</source>
        <translation>Actualización %1 aplicada: %2 versión(es) de formulario añadida(s).</translation>
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
        <source>This vault belongs to a supervisor. The laptop&apos;s Sync screen works on field laptops only.</source>
        <translation>Esta bóveda pertenece a un supervisor. La pantalla Sincronizar del portátil solo funciona en portátiles de campo.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: enrol it with the supervisor&apos;s enrollment file first.</source>
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
        <source>Export bundle…</source>
        <translation>Exportar paquete…</translation>
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
        <source>Checking the laptop&apos;s code…</source>
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
        <source>The interview cannot be finalised yet. %1 answer(s) to look at:</source>
        <translation>La entrevista todavía no se puede finalizar. %1 respuesta(s) por revisar:</translation>
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
        <source>Respondent&apos;s language</source>
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
        <source>The preview cannot be shown on this laptop: the Qt PDF module is not installed. The document itself is not affected; save or print it to read it.</source>
        <translation>La vista previa no se puede mostrar en este portátil: el módulo Qt PDF no está instalado. El documento no se ve afectado; guárdelo o imprímalo para leerlo.</translation>
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
        <source>The vault on this laptop is damaged. Do not delete anything. Ask your supervisor to check it with &apos;fieldapp check&apos; and to restore the latest backup.</source>
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
        <source>Problem</source>
        <translation>Problema</translation>
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
        <source>What to do</source>
        <translation>Qué hacer</translation>
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
        <source>Why must the answers change? (This goes into the audit log: no names.)</source>
        <translation>¿Por qué deben cambiar las respuestas? (Esto va al registro de auditoría: sin nombres.)</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
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
        <source>Interviews are kept in an encrypted vault on this laptop. Choose the name and password of the first account; it can add the other officers&apos; accounts later.</source>
        <translation>Las entrevistas se guardan en una bóveda cifrada en este portátil. Elija el nombre y la contraseña de la primera cuenta; después podrá añadir las cuentas de los demás agentes.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
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
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
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
</TS>
