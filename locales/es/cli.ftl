# cli: es

## Files written
cli-wrote = Guardado en { $path }
cli-cannot-write = no se puede escribir { $path }: { $error }
cli-cannot-write-json = no se puede escribir el JSON: { $error }

## find
cli-find-no-match = ninguna línea coincide. Llama al número que aparece en el reverso de tu Tarjeta: siempre es el correcto para tu Tarjeta.
cli-find-general-line = Línea general de { $country }: { $number } ({ $line }, { $status })
cli-could-not-copy = no se pudo copiar: { $error }
cli-copied = Copiado { $number } ({ $line })
cli-advice-cards = Tarjetas de { $country }: { $number }  ({ $line })
cli-not-verified = NO VERIFICADA: solo figura en un archivo de directorio que nadie ha firmado; no te fíes de esta línea, llama al número que aparece en el reverso de tu Tarjeta.
cli-col-status = ESTADO
cli-col-number = NÚMERO
cli-col-country = PAÍS
cli-col-label = NOMBRE
cli-use-instead = Usa { $number } en su lugar.
cli-lines-shown = { $count ->
    [one] { $count } línea, tal como se marca desde { $from }. ¿Dudas? Llama al número que aparece en el reverso de tu Tarjeta.
   *[other] { $count } líneas, tal como se marcan desde { $from }. ¿Dudas? Llama al número que aparece en el reverso de tu Tarjeta.
}

## verify
cli-verdict-amex = AMEX
cli-verdict-not-amex = NO ES AMEX
cli-verdict-unknown = DESCONOCIDO
cli-verdict-invalid = NO VÁLIDO
cli-verdict-line = { $verdict }: { $finding }
cli-verify-contact = { $number } [{ $status }] { $line } — fuentes: { $sources }

## directory
cli-lines-in-markets = { $lines } líneas en { $markets } mercados:
cli-signed-update = Actualización firmada { $serial } (compilada el { $compiled }) con la clave { $key } ({ $note }). Sustituye a la actualización { $current } (compilada el { $current_compiled }).
cli-update-not-applied = No se ha aplicado: no ha cambiado nada. Vuelve a ejecutarlo con --yes para aplicarla.
cli-update-applied = Aplicada: la actualización { $serial } está en uso. `amex-desk directory rollback` vuelve atrás.
cli-apply-prompt = ¿Aplicarla? [y/N]
cli-cannot-read-answer = no se puede leer la respuesta: { $error }
cli-rolled-back-previous = Vuelta atrás: la actualización aplicada antes de la última vuelve a estar en uso.
cli-rolled-back-built-in = Vuelta atrás: el directorio incluido en esta app vuelve a estar en uso.
cli-nothing-to-undo = Nada que deshacer: no se ha aplicado ninguna actualización; está en uso el directorio incluido.
cli-report-exists = { $path } ya existe; elige otro nombre (un informe nunca sustituye a un archivo)

## coverage --after: what each market has after the number
cli-after-col-market = MERCADO
cli-after-col-body = ORGANISMO EXTERNO (ÚLTIMO PASO)
cli-after-col-rules = REGLAS DE PLAZOS
cli-after-col-letter = CARTAS
cli-after-col-personal = PERSONAL
cli-after-none-recorded = ninguno registrado
cli-after-no-body = pasos sin organismo externo
cli-after-none-known = ninguna conocida
cli-after-rules-secondary = { $rules } ({ $secondary } secundarias)
cli-after-letter-billing-error = aviso de error de facturación (Regulation Z)
cli-after-letter-complaint = reclamación
cli-after-letter-unauthorised = pago no autorizado
cli-after-letter-section-75 = reclamación (sección 75)
cli-after-letter-referral = carta al organismo externo
cli-after-personal-legend = PERSONAL: la línea propia del mercado para Tarjetas personales (O oficial, C corroborada, s una sola fuente, . ninguna).
cli-after-summary = { $markets } mercados: { $with_body } con pasos hasta su organismo externo, { $with_rules } con reglas de plazos fechadas.

## Arguments checked (the flag's name comes first, as typed)
cli-date-empty = { $flag }: está vacío; escribe una fecha como AAAA-MM-DD, p. ej. { $today }
cli-not-a-country = { $flag } { $code }: no es un código de país que conozcan este directorio o libphonenumber (usa dos letras, p. ej. GB)
cli-amount-empty = --amount: está vacío; escríbelo así: 212.40
cli-no-such-contact = --contact { $id }: no existe ese contacto; `amex-desk find --json` muestra los identificadores
cli-no-such-card = --card { $nickname }: no existe esa Tarjeta; añádela con `amex-desk retention card --nickname { $nickname }`
cli-unknown-dispute-type = --type { $kind }: tipo desconocido; `amex-desk dispute types` los muestra
cli-no-such-case = --case { $id }: no existe esa reclamación; `amex-desk dispute list` muestra los identificadores
cli-several-cases = --case { $id }: coincide con varias reclamaciones; escribe más caracteres del identificador

## What was cleaned from the text before it was saved
cli-last5-kept = --last5: solo se conservaron los 5 últimos dígitos
cli-removed-unsafe = se eliminaron del texto caracteres de control o de anulación bidireccional (las secuencias de escape del terminal nunca se guardan)
cli-removed-unsafe-count = { $flag }: { $count ->
    [one] se eliminó { $count } carácter de control o de anulación bidireccional
   *[other] se eliminaron { $count } caracteres de control o de anulación bidireccional
    } (las secuencias de escape del terminal nunca se guardan)
cli-masked-card-number = { $flag }: se ocultó un número de Tarjeta (guardado como "{ $saved }"); nunca escribas números de Tarjeta ni códigos en el diario
cli-masked-security-code = { $flag }: se ocultó un código de seguridad (guardado como "{ $saved }"); nunca escribas números de Tarjeta ni códigos en el diario
cli-masked-in-text = { $count ->
    [one] se ocultó { $count } número de Tarjeta o código en el texto
   *[other] se ocultaron { $count } números de Tarjeta o códigos en el texto
}

## log
cli-no-calls = Todavía no hay llamadas registradas.
cli-nothing-due = No hay nada pendiente.
cli-log-ref = ref.
cli-logged = Llamada { $id } registrada en { $path }
cli-file-missing = { $path } no existe
cli-imported = Importado { $path }: { $added } añadidos, { $updated } actualizados, { $removed } eliminados.
cli-cannot-list = no se puede listar { $path }: { $error }
cli-no-backups = Todavía no hay copias: cada guardado del diario conserva una (las 10 últimas).
cli-backup-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
cli-restored = Restaurada { $backup } en { $path }: { $calls ->
        [one] { $calls } llamada
       *[other] { $calls } llamadas
    }, { $cases ->
        [one] { $cases } reclamación
       *[other] { $cases } reclamaciones
    }, { $cards ->
        [one] { $cards } Tarjeta
       *[other] { $cards } Tarjetas
    }. El diario tal como estaba es la penúltima copia (`amex-desk log backups`).

## dispute
cli-dispute-type-items = { $name } ({ $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    })
cli-no-dispute-cases = No hay reclamaciones.
cli-deadline-days = { $label } { $due } ({ $count ->
        [one] { $count } día
       *[other] { $count } días
    })
cli-no-external-body = todavía no hay ningún organismo externo registrado para las Cuentas de { $country }: pregunta a American Express, en su respuesta final, a qué organismo puedes acudir (`amex-desk coverage --after` muestra los mercados que tienen uno)

## export
cli-wrote-events = { $count ->
    [one] { $count } evento guardado en { $path }
   *[other] { $count } eventos guardados en { $path }
}

## retention
cli-saved = Tarjeta guardada: { $name }
cli-call-of = Llamada del { $date }: { $summary }
cli-sources = Fuentes: { $sources }

## The directory file
cli-directory-errors = el directorio tiene errores:
cli-directory-file-rejected = No se pudo usar { $path }, así que se muestra el directorio en uso: { $problem }

## check-journal and check-data
cli-no-such-file = { $path }: no existe ese archivo
cli-journal-ok = { $path }: correcto: { $calls ->
        [one] { $calls } llamada
       *[other] { $calls } llamadas
    }, { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }, { $cases ->
        [one] { $cases } reclamación
       *[other] { $cases } reclamaciones
    }, { $cards ->
        [one] { $cards } Tarjeta de Retención
       *[other] { $cards } Tarjetas de Retención
    }
cli-problems-found = { $count ->
    [one] Se encontró { $count } problema:
   *[other] Se encontraron { $count } problemas:
}
cli-file-problems-found = { $path }: se encontraron problemas:
cli-data-ok = { $path }: correcto: { $summary }
cli-guidance-summary = { $bodies } organismos ({ $with_pages } con sus páginas citadas), { $ladders } escalas de pasos
cli-disputes-summary = { $types } tipos de reclamación, { $rules } reglas de plazos, cada una con su página citada ({ $secondary } solo de una fuente secundaria)
cli-directory-ok = { $path }: correcto: { $contacts } contactos, { $sources } fuentes, { $countries } países ({ $by_status })
cli-printed-mismatch = { $path }: { $count ->
    [one] { $count } número impreso no coincide con su contacto:
   *[other] { $count } números impresos no coinciden con su contacto:
}
cli-product-mismatch = { $path }: { $count ->
    [one] { $count } línea está etiquetada para menos de lo que dicen sus páginas:
   *[other] { $count } líneas están etiquetadas para menos de lo que dicen sus páginas:
}

## Copying (find --copy)
cli-no-own-executable = no se encuentra el propio ejecutable: { $error }
cli-cannot-start-helper = no se puede iniciar el asistente del portapapeles: { $error }
cli-cannot-pass-text = no se puede pasar el texto al asistente del portapapeles: { $error }
cli-helper-no-answer = el asistente del portapapeles se detuvo sin responder
cli-no-clipboard = no hay portapapeles disponible: { $error }
cli-cannot-set-clipboard = no se puede poner el texto en el portapapeles: { $error }
cli-letter-not-offered = No hay carta { $letter } para esta reclamación: el mercado de su Cuenta ({ $country }) no tiene registrada ninguna norma que la prevea. Cartas de esta reclamación: { $letters }.
