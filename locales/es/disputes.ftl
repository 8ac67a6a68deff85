# disputes: es

## The disputes page: the list of cases and the blank checklists

disputes-your-cases = Tus disputas
disputes-no-cases = Todavía no hay disputas.
disputes-no-merchant = (sin Establecimiento)
disputes-open-case = Abrir disputa { $merchant }
disputes-start-case = Iniciar una disputa
disputes-start-case-hint = Elige el tipo de disputa; «PDF» imprime una lista de comprobación en blanco.
disputes-new-case = Nueva disputa: { $kind }
disputes-pdf = PDF
disputes-print-checklist = Imprimir lista de comprobación: { $kind }
disputes-disputing-heading = Cómo disputar un cargo
disputes-advice-footer = Inicia una disputa a la izquierda o abre una. Amex Desk no es oficial y esto no es asesoramiento legal.

## The case form

disputes-new-dispute = Nueva disputa
disputes-dispute-heading = Disputa: { $merchant }
disputes-case-warning = Amex Desk no es oficial; esto no es asesoramiento legal. Nunca escribas el número completo de la Tarjeta: como mucho, los 5 últimos dígitos.
disputes-field-merchant = Establecimiento
disputes-merchant-hint = quién te hizo el cargo
disputes-merchant-needed = ¿de quién es el cargo?
disputes-field-amount = Importe
disputes-amount-hint = 212.40 o 212,40
disputes-amount-i-mean = Quiero decir { $amount }
disputes-field-currency = Divisa
disputes-type = Tipo
disputes-field-account = Cuenta
disputes-status = Estado
disputes-field-transaction-date = Fecha del cargo
disputes-field-statement-date = Cierre del Estado de Cuenta
disputes-field-filed-on = Presentada el
disputes-field-final-response-on = Respuesta definitiva el
disputes-filed-by = Presentada por
disputes-not-filed-yet = Todavía no
disputes-card-nickname = Nombre de la Tarjeta
disputes-card-nickname-hint = p. ej., Gold
disputes-card-last5 = 5 últimos dígitos de la Tarjeta
disputes-merchant-contacted = Primero contacté con el Establecimiento
disputes-within-100-miles = Comprado en mi estado o a menos de 100 millas
disputes-what-happened = Qué pasó
disputes-evidence-progress = Justificantes: { $done } de { $total } reunidos
disputes-item-why-example = { $why } Ejemplo: { $example }
disputes-note-for = Nota sobre { $item }
disputes-your-note = Tu nota
disputes-file-for = Archivo de { $item }
disputes-file-hint = ruta del archivo en tu ordenador
disputes-attach-file = Adjuntar archivo…
disputes-attach-file-hover = Elige el archivo de { $item }
disputes-file-missing = no se encuentra el archivo
disputes-deadlines = Plazos
disputes-pending-deadline = { $label }: indica { $needs } para calcular la fecha.
disputes-claims-heading = 15 USC 1666i (reclamaciones sobre bienes o servicios)
disputes-condition-met = se cumple
disputes-condition-not-met = no se cumple
disputes-not-known-yet = todavía no se sabe

## The bar under the case form

disputes-save-case = Guardar disputa
disputes-unsaved-changes = Cambios sin guardar
disputes-saved = Guardada
disputes-fix-fields = { $count ->
    [one] Corrige { $count } campo para guardar: { $fields }
   *[other] Corrige { $count } campos para guardar: { $fields }
}
disputes-close-case = Cerrar disputa
disputes-print-packet-a4 = Imprimir expediente (PDF)
disputes-print-packet-letter = Imprimir expediente (PDF carta)
disputes-print-letter = Imprimir { $letter } (PDF)
disputes-print-referral = Imprimir carta a { $body } (PDF)
disputes-referral-hover = Llevar el caso a { $body }: { $timeline }
disputes-copy-markdown = Copiar como Markdown
disputes-delete-case = Eliminar disputa
disputes-not-saved = No se ha guardado: { $error }
disputes-deleted-case = Disputa eliminada.
disputes-deleted-named = Se ha eliminado { $merchant }.
disputes-undo-delete = Deshacer eliminación

## Messages after a command

disputes-case-restored = Disputa recuperada.
disputes-case-deleted = Disputa eliminada. Deshacer (Ctrl+Z) la recupera.
disputes-case-saved = Disputa guardada.{ $removed }
disputes-case-saved-masked = { $count ->
    [one] Disputa guardada. Se ha ocultado { $count } número de Tarjeta o código.{ $removed }
   *[other] Disputa guardada. Se han ocultado { $count } números de Tarjeta o códigos.{ $removed }
}
disputes-copied-markdown = Expediente copiado como Markdown.

## Deadlines

disputes-standing-policy = la política declarada del emisor
disputes-standing-law = la ley
disputes-standing-regulator = una norma del supervisor
disputes-standing-ombudsman = la norma del servicio de reclamaciones
disputes-standing-secondary = la ley, según una fuente secundaria
disputes-span-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
disputes-span-business-days = { $count ->
    [one] { $count } día hábil
   *[other] { $count } días hábiles
}
disputes-span-months = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
disputes-span-months-and-days = { $months } y { $days }
# After "después de": "60 días después de la fecha del Estado de Cuenta".
disputes-anchor-statement = la fecha del Estado de Cuenta
disputes-anchor-filed = tu reclamación
disputes-anchor-charge = la fecha del cargo
disputes-anchor-final-response = la respuesta definitiva
disputes-none-known = No hay plazos registrados para { $market }: ninguna página que hayamos podido comprobar indica uno. Presenta tu queja por escrito cuanto antes, guarda una copia y la fecha, pide a American Express su respuesta definitiva por escrito y pregunta ante qué organismo independiente puedes presentar la reclamación, y hasta cuándo.
disputes-needs-statement-date = la fecha de cierre del Estado de Cuenta
disputes-needs-filed-date = la fecha en que la presentaste
disputes-needs-charge-date = la fecha del cargo
disputes-needs-final-response-date = la fecha de la respuesta definitiva
disputes-condition-over-50 = El cargo supera { $amount }
disputes-condition-within-100-miles = Comprado en tu estado o a menos de 100 millas de tu domicilio
disputes-condition-merchant-first = Primero intentaste de buena fe resolverlo con el Establecimiento

## Where a rule comes from

disputes-source-issuer = emisor
disputes-source-regulator = supervisor
disputes-source-ombudsman = servicio de reclamaciones
disputes-source-legislation = legislación
disputes-source-secondary = fuente secundaria
disputes-citation-page-of = página de { $year }
disputes-citation-page-undated = página sin año indicado
disputes-citation-translation = {" "}(en inglés: «{ $text }»)
disputes-citation-secondary = {" "}Solo se encontró una fuente secundaria: no se ha comprobado con el texto oficial.
disputes-citation = "{ $quote }"{ $translation } - { $publisher } ({ $kind }), { $url }, { $page }, consultada el { $read }.{ $secondary }

## The printed checklist and packet

disputes-not-advice = Amex Desk no es oficial ni está afiliado a American Express. Esto no es asesoramiento legal; consulta las normas vigentes y el contrato de tu Tarjeta.
disputes-doc-footer = Amex Desk (no oficial) - impreso el { $date } - no es asesoramiento legal
disputes-checklist-title = Lista de comprobación de la disputa: { $kind }
disputes-evidence-to-gather = Justificantes que reunir
disputes-before-you-file = Antes de presentar la disputa
disputes-dates = Fechas
disputes-write-in-statement-date = Fecha de cierre del Estado de Cuenta (el primero en que aparece el cargo)
disputes-write-in-merchant-contacted = Fecha en que contactaste con el Establecimiento
disputes-write-in-filed = Fecha en que presentaste la disputa a American Express
disputes-write-in-reference = Número de referencia
disputes-unknown-type = Tipo de disputa desconocido: { $kind }
disputes-packet-evidence = Justificantes ({ $done } de { $total } reunidos)
disputes-packet-file = archivo: { $file }
disputes-packet-title = Disputa: { $merchant } - { $amount }
disputes-packet-card = Tarjeta
disputes-packet-account-country = País de la Cuenta
disputes-packet-not-given = no indicado
disputes-packet-statement-date = Fecha de cierre del Estado de Cuenta
disputes-packet-filed = Presentada al emisor
disputes-packet-final-response = Respuesta definitiva
disputes-packet-merchant-contacted = Contacto previo con el Establecimiento
disputes-yes = sí
disputes-no = no
disputes-packet-needs = falta { $needs }
disputes-source = Fuente: { $citation }
disputes-packet-doc-title = Expediente de la disputa: { $merchant }
disputes-calls-heading = Llamadas y contactos
disputes-no-calls = Todavía no hay llamadas vinculadas.
disputes-call-no-reference = sin referencia
disputes-call-reference = ref. { $reference }
disputes-call-rep = , agente { $rep }
disputes-call-timed = , llamada { $times }

## The letters to American Express (the US billing-error notice, the complaint elsewhere)

disputes-letter-name-billing-error = carta de error de facturación
disputes-letter-name-complaint = carta de reclamación
disputes-letter-name-unauthorised = notificación de un pago no autorizado
disputes-letter-name-section-75 = reclamación según la sección 75
disputes-letter-stated-business-days = {" "}antes del { $due }, dentro de los { $days } días hábiles que indica su propia página de reclamaciones ({ $url })
disputes-letter-stated-days = {" "}antes del { $due }, dentro de los { $days } días que indica su propia página de reclamaciones ({ $url })
disputes-letter-no-charge-date = [fecha del cargo]
disputes-letter-your-name = Tu nombre
disputes-letter-your-address = Tu dirección
disputes-letter-address-line-2 = Dirección (línea 2)
disputes-letter-date = Fecha: { $date }
disputes-letter-account = Cuenta
disputes-letter-charge = Cargo
disputes-letter-charge-text = { $amount } de { $merchant } del { $date }
disputes-letter-merchant-contacted = Me puse en contacto con el Establecimiento antes de escribir, sin obtener una solución.
disputes-letter-merchant-not-contacted = [Indica cuándo contactaste con el Establecimiento y qué te respondió.]
disputes-letter-enclosed = Adjunto copia de mis justificantes.
disputes-letter-signature = Firma
disputes-complaint-to = A: American Express, quejas y reclamaciones (usa la dirección de tu Estado de Cuenta o de la página de quejas y reclamaciones de American Express de tu país).
disputes-complaint-title = Reclamación sobre un cargo
disputes-complaint-opening = Presento una reclamación formal sobre el cargo indicado arriba ({ $kind }).
disputes-complaint-describe = [Explica en una o dos frases qué pasó y por qué el cargo es incorrecto.]
disputes-complaint-request = Les ruego que lo investiguen, me devuelvan el cargo y cualquier comisión o interés asociado, y me envíen su respuesta definitiva por escrito{ $stated }. Si no pueden resolverlo, les ruego que me indiquen en esa respuesta ante qué organismo independiente puedo presentar mi reclamación, y hasta cuándo.
disputes-complaint-closing = Atentamente,
disputes-complaint-small-print = Envíala cuanto antes y guarda una copia y un justificante de envío. La ley de tu país puede darte plazos y un organismo independiente al que acudir; esta carta no se basa en ninguna ley concreta. { disputes-not-advice }
disputes-unauthorised-title = Notificación de un pago no autorizado
disputes-unauthorised-opening = No he realizado ni autorizado el pago indicado arriba, y no he permitido que nadie más utilice mi Tarjeta para realizarlo. Se lo comunico sin demora injustificada.
disputes-unauthorised-noticed = Fecha en que detecté el pago
disputes-unauthorised-describe = [Indica cómo descubriste el pago y si todavía tienes tu Tarjeta.]
disputes-unauthorised-relies-on = Me baso en { $source }: un pago no autorizado debe rectificarse cuando se comunica sin demora injustificada y, a más tardar, en un plazo de { $span } desde el día en que se cargó{ $due }.
disputes-letter-relies-due = {" "}(para este pago: a más tardar el { $due })
disputes-letter-relies-on-note = Me baso en { $note }
disputes-unauthorised-request = Les ruego que me devuelvan el importe del pago, dejen mi Cuenta como habría estado si el pago no se hubiera realizado y me lo confirmen por escrito. Si aún no lo han hecho, les ruego que bloqueen la Tarjeta y me envíen una nueva.
disputes-unauthorised-small-print = Comunica también el pago por teléfono o en la app: una carta tarda más. Guarda una copia y un justificante de envío. Arriba se cita la página de la que procede la norma. { disputes-not-advice }
disputes-section75-title = Reclamación según la sección 75 de la Consumer Credit Act 1974
disputes-section75-opening = Pagué la compra indicada arriba con mi Tarjeta de crédito, y el proveedor ha incumplido nuestro contrato o ha dado información engañosa sobre lo que vendió ({ $kind }).
disputes-section75-describe = [Indica qué compraste, qué prometió el proveedor y qué salió mal.]
disputes-section75-request = Como emisor de la Tarjeta, ustedes son igualmente responsables que el proveedor. Les ruego que me devuelvan { $amount } y cualquier interés o comisión asociado, y me envíen su respuesta definitiva por escrito{ $stated }.
disputes-section75-small-print = La sección 75 cubre las compras hechas con tarjeta de crédito (no con una charge card) de un artículo cuyo precio al contado sea superior a £100 y no superior a £30,000. Si American Express rechaza la reclamación, puedes llevarla al Financial Ombudsman Service. { disputes-not-advice }
disputes-billing-to = A: American Express, consultas de facturación (usa la dirección para errores de facturación impresa en tu Estado de Cuenta).
disputes-billing-title = Notificación de error de facturación
disputes-billing-statement = Estado de Cuenta
disputes-billing-statement-closing = cierre { $date }
disputes-billing-no-statement-date = [fecha de cierre del Estado de Cuenta]
disputes-billing-opening = Les escribo para disputar el cargo indicado arriba, que considero un error de facturación: { $kind }.
disputes-billing-describe = [Explica en una o dos frases por qué el cargo es incorrecto.]
disputes-billing-request = Les ruego que corrijan el error, abonen los cargos financieros o comisiones relacionados y me envíen una explicación. Entiendo que, mientras lo investigan, no tengo que pagar el importe en disputa.
disputes-billing-closing = Atentamente,
disputes-billing-small-print = Según la Regulation Z de EE. UU. (12 CFR 1026.13), esta notificación debe llegar al emisor en un plazo de 60 días desde el envío del primer Estado de Cuenta en el que aparece el error. Envíala a la dirección para consultas de facturación de tu Estado de Cuenta, guarda una copia y considera pedir acuse de recibo. { disputes-not-advice }

## Dispute case status

disputes-status-preparing = En preparación
disputes-status-contacted-merchant = Establecimiento contactado
disputes-status-filed-with-amex = Presentada a Amex
disputes-status-acknowledged = Recibida por Amex
disputes-status-resolved-in-my-favour = Resuelta a mi favor
disputes-status-resolved-against = Resuelta en mi contra
disputes-status-escalated = Elevada
disputes-card-not-given = Tarjeta no indicada
disputes-card-ending = Tarjeta terminada en { $last }
disputes-card-named-ending = { $name } terminada en { $last }

## Retention cards: yearly spend and offers

disputes-spend-not-given = no indicado
disputes-spend-under-5k = menos de 5.000 al año
disputes-spend-5k-to-15k = de 5.000 a 15.000 al año
disputes-spend-15k-to-50k = de 15.000 a 50.000 al año
disputes-spend-over-50k = más de 50.000 al año
disputes-offer-points = Puntos
disputes-offer-statement-credit = Crédito en el Estado de Cuenta
disputes-offer-different-card = Otra Tarjeta
disputes-offer-other = Otra
disputes-offer-none = sin oferta
disputes-offer-after = {" "}tras { $requirement }
disputes-offer-by = {" "}antes del { $date }
disputes-offer-accepted = {" "}(aceptada)
