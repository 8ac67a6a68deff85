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
cli-after-col-letter = CARTA
cli-after-none-recorded = ninguno registrado
cli-after-no-body = pasos sin organismo externo
cli-after-none-known = ninguna conocida
cli-after-rules-secondary = { $rules } ({ $secondary } secundarias)
cli-after-letter-billing-error = aviso de error de facturación (Regulation Z)
cli-after-letter-complaint = carta de reclamación
cli-after-summary = { $markets } mercados: { $with_body } con pasos hasta su organismo externo, { $with_rules } con reglas de plazos fechadas.
