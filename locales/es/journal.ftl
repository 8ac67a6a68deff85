# journal: es

## Journal page: follow-ups due

journal-follow-ups-due = Seguimientos pendientes
journal-follow-ups-empty = Nada pendiente. Aquí aparecen las fechas de seguimiento y las promesas con fecha.
journal-open = Abrir
journal-open-item = Abrir { $item }
journal-kept = Cumplida
journal-mark-kept = Marcar como cumplida: { $item }
journal-resolved = Resuelto
journal-mark-resolved = Marcar como resuelto: { $item }

## Journal page: the file, export and import

journal-saved-in = Guardado en
journal-saved-note = Se guarda con cada cambio; se conservan las 10 últimas versiones (Versiones anteriores, más abajo).
journal-not-saved = No guardado: { $error }
journal-export = Exportar
journal-export-markdown = Exportar Markdown
journal-export-csv = Exportar CSV
journal-export-calendar = Exportar calendario (.ics)
journal-export-calendar-hover = Seguimientos, promesas, plazos de reclamación y plazos de reembolso de la cuota, para tu aplicación de calendario
journal-import-heading = Importar desde otro ordenador
journal-import-file = Archivo a importar
journal-choose-file = Elegir archivo...
journal-choose-file-hover = Elige el archivo del diario que quieres importar y combinar
journal-import-merge = Importar y combinar
journal-import-merge-hover = Añade los registros del otro diario; de cada uno se queda la copia más reciente

## Journal page: earlier versions

journal-earlier-versions = Versiones anteriores
journal-show-earlier-versions = Mostrar versiones anteriores
journal-no-earlier-versions = Todavía ninguna: cada guardado conserva una (las 10 últimas).
journal-backup = { $when } ({ $kb } KB)
journal-restore = Restaurar
journal-restore-version = Restaurar la versión del { $when }
journal-restore-hover = Antes se guarda una copia del diario tal como está ahora
journal-hide-earlier-versions = Ocultar versiones anteriores

## Journal page: the call log

journal-call-log = Registro de llamadas
journal-new-entry = Nueva entrada
journal-new-entry-hover = Anota una llamada, un chat o una carta
journal-search = Buscar en el registro
journal-search-hint = agente, referencia, palabras…
journal-status = Estado
journal-status-any = Cualquiera
journal-undo = Deshacer
journal-log-unreadable = No se pudo leer el diario, así que no se muestra ninguna llamada (el archivo se conserva tal cual): consulta el aviso de arriba o restaura una versión guardada en Versiones anteriores.
journal-log-empty = Todavía no hay llamadas anotadas. Después de copiar o llamar a un número, pulsa «Anotar esta llamada» en la barra de estado, o usa Nueva entrada.
journal-log-no-match = Ninguna entrada coincide con la búsqueda o el estado.
journal-delete = Eliminar
journal-delete-entry-named = Eliminar la entrada { $title }
journal-edit = Editar
journal-edit-entry-named = Editar la entrada { $title }
journal-row-rep = Agente: { $rep }
journal-row-follow-up = Seguimiento: { $date }
journal-row-promises = { $count ->
        [one] { $count } promesa
       *[other] { $count } promesas
    }, { $open ->
        [one] { $open } pendiente
       *[other] { $open } pendientes
    }
journal-row-ref = Ref.

## The call-log editor

journal-editor-new = Nueva entrada del registro de llamadas
journal-editor-edit = Editar entrada del registro de llamadas
journal-editor-never-card = No escribas nunca el número completo de tu Tarjeta ni el código de seguridad: todo lo que lo parezca se oculta antes de guardar.
journal-when-hint = AAAA-MM-DD HH:MM
journal-date-hint = AAAA-MM-DD
journal-call-timed = Llamada cronometrada de { $start } a { $end }: { $times }
journal-contact = Contacto
journal-contact-none = Ninguno
journal-channel = Canal
journal-channel-phone = Teléfono
journal-about = Motivo
journal-about-not-set = Sin indicar
journal-rep = Nombre o ID del agente
journal-rep-hint = con quién hablaste
journal-reference = Referencia
journal-reference-hint = número de caso o de referencia
journal-summary = Resumen
journal-summary-hint = qué se dijo y qué se acordó
journal-promises = Promesas
journal-add-promise = Añadir promesa
journal-promise = Promesa { $n }
journal-promise-hint = qué te dijeron que pasaría
journal-promise-kept = Promesa { $n } cumplida
journal-remove-promise = Quitar la promesa { $n }
journal-save-entry = Guardar entrada
journal-unsaved-changes = Cambios sin guardar
journal-fix-to-save = Corrige para guardar: { $fields }
journal-list-separator = {", "}
journal-cancel = Cancelar
journal-delete-entry = Eliminar entrada
journal-open-dispute = Abrir una reclamación desde esta llamada
journal-open-dispute-hover = Crea una reclamación vinculada a esta llamada

## Field labels and the problems shown beside fields (shared with the command line)

journal-field-when = Cuándo
journal-field-follow-up = Fecha de seguimiento
journal-promise-due = Fecha de la promesa { $n }
journal-warning-rep = Agente
journal-when-invalid = «{ $text }» no es una fecha y hora; escríbela como AAAA-MM-DD HH:MM, p. ej. 2026-11-18 14:30
journal-field-message = { $field }: { $message }
journal-field-echo = «{ $text }»
journal-field-empty = está vacío; { $what }
journal-field-not-country = { $value } no es un código de país; usa dos letras, p. ej. US, GB o DE
journal-field-not-currency = { $value } no es un código de moneda; usa tres letras, p. ej. USD, EUR o GBP
journal-amount-not-amount = { $value } no es un importe; escríbelo así: 212.40 o 212,40
journal-amount-negative = { $value } es negativo; escribe el importe cargado, sin signo menos
journal-amount-malformed = { $value } no es un importe; escríbelo así: 1234.56, 1,234.56 o 1.234,56
journal-amount-zero = { $value } es cero; escribe el importe cargado
journal-amount-too-large = { $value } es demasiado alto para un cargo en la Tarjeta; revisa el número de cifras
journal-amount-ambiguous = { $value } puede significar { $amount } o un decimal con tres cifras; escribe { $amount } si es lo que quieres decir, o usa dos decimales (p. ej. 1.23 o 1,23)
journal-field-not-year = { $value } no es un año entre 1950 y { $year }; escríbelo así: 2015
journal-field-not-date = { $value } no es una fecha; escríbela como DD/MM/AAAA o AAAA-MM-DD, p. ej. { $today }
journal-field-date-before-2000 = { $date } es anterior a 2000; revisa el año
journal-field-date-future = { $date } está en el futuro; esta fecha no puede ser posterior a hoy ({ $today })
journal-field-date-too-far = { $date } está a más de cinco años; revisa el año

## What the journal says after an action (the message under the search)

journal-read-only = El diario es de solo lectura, así que no se guarda nada (consulta el aviso de arriba).
journal-merged = Cambios combinados desde otra ventana o archivo: { $added } añadidas, { $updated } actualizadas, { $removed } eliminadas.
journal-backups-not-listed = No se pudieron listar las versiones anteriores: { $error }
journal-restored-version = Restaurada la versión guardada como { $name }: { $calls ->
        [one] { $calls } llamada
       *[other] { $calls } llamadas
    }, { $cases ->
        [one] { $cases } reclamación
       *[other] { $cases } reclamaciones
    }, { $cards ->
        [one] { $cards } Tarjeta
       *[other] { $cards } Tarjetas
    }. El diario tal como estaba se guarda como la copia más reciente, así que puedes deshacerlo de la misma manera.
journal-not-restored = No restaurado: { $error }
journal-saved = Guardado.
journal-saved-masked = Guardado. { $count ->
        [one] Se ocultó { $count } número de Tarjeta o código de seguridad.
       *[other] Se ocultaron { $count } números de Tarjeta o códigos de seguridad.
    }
journal-entry-deleted = Entrada eliminada.
journal-restored = Restaurado.
journal-note-deleted = Nota eliminada.
journal-note-pinned = Nota fijada.
journal-note-pinned-masked = Nota fijada. { $count ->
        [one] Se ocultó { $count } número de Tarjeta o código.
       *[other] Se ocultaron { $count } números de Tarjeta o códigos.
    }
journal-export-failed = Error al exportar: { $error }
journal-imported = Importado { $path }: { $added } añadidas, { $updated } actualizadas, { $removed } eliminadas.
journal-import-missing = Error al importar: { $path } no existe
journal-import-failed = Error al importar: { $error }
journal-import-problems = {" "}{ $count ->
        [one] { $count } problema en el archivo
       *[other] { $count } problemas en el archivo
    } (el primero: { $first }); `amex-desk check-journal FILE` los muestra todos.
journal-letter-sent = Carta enviada:{" "}
journal-other-window-closed = La otra ventana se ha cerrado: ahora puedes editar en esta.

## File dialogs: titles, file types, and what their answers lead to

journal-choose-journal-title = Elige un archivo de diario para importar
journal-choose-evidence-title = Elige el archivo para { $item }
journal-choose-directory-title = Elige un archivo de directorio
journal-choose-update-title = Elige una actualización del directorio (.amexdir)
journal-filter-journal = Diario (RON)
journal-filter-directory = Directorio (RON)
journal-filter-update = Actualización del directorio
journal-export-not-saved = No guardado.
journal-saved-to-exports = Aquí no se pudo mostrar ningún cuadro de diálogo de archivos, así que se guardó en la carpeta de exportaciones: { $path }
journal-no-open-dialog = Aquí no se pudo mostrar ningún cuadro de diálogo de archivos: escribe la ruta del archivo en el campo.
journal-evidence-not-attached = { $file } no se adjuntó: la reclamación se cerró antes de elegir el archivo.
journal-directory-inspected = Ahora se muestra { $path } para revisarlo. Nadie lo ha firmado: { $count ->
        [one] la línea que añade o cambia está marcada como «no verificada»
       *[other] las { $count } líneas que añade o cambia están marcadas como «no verificadas»
    }, y Verificar sigue usando el directorio en uso.
journal-directory-rejected = No se pudo usar { $path }, así que el directorio mostrado no cambia: { $reason }
journal-saved-on-close = La ventana se estaba cerrando con un cuadro de diálogo Guardar abierto, así que se cerró el cuadro y el archivo se guardó en la carpeta de exportaciones: { $path }. Vuelve a cerrar la ventana para salir.
journal-not-saved-on-close = La ventana se estaba cerrando con un cuadro de diálogo Guardar abierto; no se pudo guardar el archivo en la carpeta de exportaciones ({ $error }). No se ha perdido nada más: vuelve a exportarlo o cierra otra vez la ventana para salir.

## Forms kept from the last close, and entries waiting to open

journal-kept-entry = la entrada del registro de llamadas
journal-kept-case = la reclamación
journal-kept-case-named = la reclamación ({ $merchant })
journal-kept-card = la Tarjeta de Retención
journal-kept-card-named = la Tarjeta de Retención ({ $name })
journal-kept-outcome = el resultado de la llamada de retención
journal-kept-timer = el cronómetro de la llamada en curso
journal-kept-waiting = { $count ->
        [one] una entrada del registro de llamadas pendiente de abrirse
       *[other] { $count } entradas del registro de llamadas pendientes de abrirse
    }
journal-list-and = { $rest } y { $last }
journal-kept-from-last-time = Recuperado de la última vez, aún sin guardar: { $what }. Guárdalo o ciérralo cuando quieras.
journal-entry-waits = La entrada que estás editando tiene cambios sin guardar: guárdala o cancélala y se abrirá la siguiente.
journal-more-waiting = { $count ->
        [one] { $count } entrada más espera para abrirse: guarda o cancela esta.
       *[other] { $count } entradas más esperan para abrirse: guarda o cancela esta.
    }
journal-already-timing = Ya se está cronometrando una llamada: pulsa primero Terminar llamada.

## Call log records: statuses, the call timer, follow-ups due, your calls to a line

journal-status-open = Abierto
journal-status-waiting-on-amex = Esperando a Amex
journal-status-resolved = Resuelto
journal-status-escalated = Escalado
journal-call-times = { $total } (espera { $hold }, conversación { $talk })
journal-call-times-backwards = los tiempos de la llamada terminan ({ $end }) antes de empezar ({ $start })
journal-call-times-too-long = tiempos de la llamada: la espera y la conversación suman { $split }, más que la duración de la llamada ({ $total })
journal-phase-on-hold = En espera
journal-phase-talking = Hablando
journal-unsafe-removed = {" "}Se quitaron caracteres de control o de cambio de dirección del texto.
journal-due-call = llamada
journal-due-follow-up = Seguimiento: { $about }
journal-due-follow-up-ref = Seguimiento: { $about } (ref. { $reference })
journal-due-promised = Promesa: { $promise }
journal-line-stats = Tus llamadas a esta línea: { $calls }
journal-line-stats-hold = Tus llamadas a esta línea: { $calls }, espera mediana { $hold }
journal-seconds = { $secs } s
journal-minutes = { $mins } min
journal-due-no-merchant = (aún sin comercio)
journal-due-dispute = Reclamación { $merchant }: { $deadline }

## Desktop reminders (notifications)

journal-reminder-title-follow-up = Amex Desk: seguimiento pendiente
journal-reminder-title-promise = Amex Desk: promesa pendiente
journal-reminder-title-dispute = Amex Desk: plazo de reclamación
journal-reminder-title-items = Amex Desk: { $count ->
        [one] { $count } asunto pendiente
       *[other] { $count } asuntos pendientes
    }
journal-reminder-more = y { $count } más: consulta Seguimientos pendientes en Amex Desk
journal-reminder-your-call = tu llamada
journal-reminder-something = algo
journal-reminder-ref = la ref. { $reference }
journal-reminder-follow-up = Haz el seguimiento con Amex sobre { $about }: { $when }
journal-reminder-promise-today = Reclama a Amex sobre { $about }: prometieron { $promised } para hoy
journal-reminder-promise = Reclama a Amex sobre { $about }: prometieron { $promised }, { $when }
journal-reminder-dispute = { $item }: { $when }
journal-reminder-due-today = vence hoy
journal-reminder-was-due-yesterday = venció ayer
journal-reminder-was-due-days-ago = { $days ->
        [one] venció hace { $days } día
       *[other] venció hace { $days } días
    }
journal-reminder-due-in-days = { $days ->
        [one] vence dentro de { $days } día
       *[other] vence dentro de { $days } días
    }
journal-reminder-deadline-today = el plazo termina hoy
journal-reminder-deadline-was-yesterday = el plazo terminó ayer
journal-reminder-deadline-was-days-ago = { $days ->
        [one] el plazo terminó hace { $days } día
       *[other] el plazo terminó hace { $days } días
    }
journal-reminder-deadline-in-days = { $days ->
        [one] el plazo termina dentro de { $days } día
       *[other] el plazo termina dentro de { $days } días
    }
journal-reminders-unreadable = No se pudieron leer los recordatorios mostrados hoy; el archivo se deja tal cual: { $error }
journal-reminders-failed = No se pudieron mostrar los recordatorios en el escritorio, así que no habrá más en esta sesión: { $error }
journal-reminders-not-recorded = No se anotaron los recordatorios mostrados hoy: { $error }

## What came in from elsewhere (another window, the command line)

journal-elsewhere-added = { $count ->
        [one] { $count } entrada añadida en otro lugar
       *[other] { $count } entradas añadidas en otro lugar
    }
journal-elsewhere-updated = { $count ->
        [one] { $count } entrada actualizada en otro lugar
       *[other] { $count } entradas actualizadas en otro lugar
    }
journal-elsewhere-removed = { $count ->
        [one] { $count } entrada eliminada en otro lugar
       *[other] { $count } entradas eliminadas en otro lugar
    }
journal-elsewhere-also-updated = { $count ->
        [one] { $count } actualizada
       *[other] { $count } actualizadas
    }
journal-elsewhere-also-removed = { $count ->
        [one] { $count } eliminada
       *[other] { $count } eliminadas
    }
journal-elsewhere-entries = { $parts }.
journal-elsewhere-other = { $count ->
        [one] { $count } nota, reclamación o Tarjeta cambiada en otro lugar.
       *[other] { $count } notas, reclamaciones o Tarjetas cambiadas en otro lugar.
    }
journal-two-sentences = { $first } { $second }

## Problems found in the journal when it loaded

journal-integrity-heading = { $count ->
        [one] El diario se cargó con { $count } problema (no se descartó ni se cambió nada):
       *[other] El diario se cargó con { $count } problemas (no se descartó ni se cambió nada):
    }
journal-integrity-more = …y { $count } más; `amex-desk check-journal` los muestra todos.
journal-integrity-shared-calls = { $count } llamadas comparten este id; solo se conservaría una
journal-integrity-shared-notes = { $count } notas comparten este id; solo se conservaría una
journal-integrity-shared-cases = { $count } reclamaciones comparten este id; solo se conservaría una
journal-integrity-shared-cards = { $count } Tarjetas de Retención comparten este id; solo se conservaría una
journal-integrity-deleted = que se eliminó
journal-integrity-not-in-journal = que no está en el diario
journal-integrity-call-links-case = la llamada enlaza con la reclamación { $target }, { $why }
journal-integrity-call-links-card = la llamada enlaza con la Tarjeta de Retención { $target }, { $why }
journal-integrity-case-lists-call = la reclamación incluye la llamada { $call }, { $why }
journal-integrity-card-lists-call = la Tarjeta de Retención incluye la llamada { $call }, { $why }
