# prep: es

## The call prep page (window)
prep-what-about = ¿De qué se trata?
prep-prepare-purpose = Preparar: { $purpose }
prep-no-notes = Todavía no hay notas de preparación para esto: llama al número que aparece en el reverso de tu Tarjeta.
prep-title = Preparar la llamada: { $purpose }
prep-urgent-badge = URGENTE
prep-card-from = Tarjeta de
prep-your-card = Tu Tarjeta
prep-best-channel-is = Mejor canal: { $channel }
prep-start-call = Iniciar llamada
prep-start-call-hover = Copia el número y abre una entrada del registro de llamadas con la fecha de ahora
prep-call-back-of-card = Llama al número que aparece en el reverso de tu Tarjeta.
prep-when-in-doubt = Si tienes dudas, llama al número que aparece en el reverso de tu Tarjeta.
prep-have-ready = Ten a mano
prep-phone-menu = El menú telefónico te pedirá
prep-what-to-say = Qué decir
prep-print-a4 = Imprimir hoja (PDF A4)
prep-print-letter = Imprimir hoja (PDF Carta)
prep-escalation-in = Si no se resuelve: cómo escalar en { $country }
prep-no-ladder = Todavía no hay pasos de escalado registrados para este país: pide hablar con un supervisor y, después, escribe a la dirección de quejas y reclamaciones que figura en la web de American Express de tu país.
prep-not-amex-body = { $name } (no es American Express)
prep-body-phone = Teléfono { $phone }
prep-body-post = Correo postal: { $postal }
prep-source = Fuente: { $source }
prep-time-limits-in = Plazos en { $market }
prep-rule-after = { $label }: { $span } desde { $anchor }
prep-coverage-title = Lo que Amex Desk tiene para cada mercado
prep-coverage-intro = Después del número: dónde terminan las quejas de cada mercado, los plazos con fecha que obtiene allí un caso de reclamación, su propia línea para Tarjetas personales y las cartas que puede imprimir un caso. Cada dato va con su página; «secundarias» señala las reglas que solo se encontraron en lo que otros cuentan de ellas.
prep-coverage-col-market = Mercado
prep-coverage-col-body = Las quejas terminan en
prep-coverage-col-rules = Plazos con fecha
prep-coverage-col-personal = Línea para Tarjetas personales
prep-coverage-col-letters = Cartas
prep-coverage-none = ninguna
prep-dispute-dates = Un caso de la página Reclamaciones calcula estas fechas a partir de tus propias fechas.
prep-no-line-known = No se conoce ninguna línea: llama al número que aparece en el reverso de tu Tarjeta.

## Labels and their values (the page, the printed sheet, the command line)
prep-label-value = { $label }: { $value }
prep-label-colon = { $label }:

## Why the line named is not a plain answer
prep-caveat-other-product = No se conoce ninguna línea para una { $card ->
        [business] Tarjeta Business
        [corporate] Tarjeta Corporativa
       *[personal] Tarjeta Personal
    } en { $market }: esta línea es para { $products }. Llama al número que aparece en el reverso de tu Tarjeta.
prep-caveat-products-and = { $first } y { $next }
prep-caveat-only-for = Esta línea es solo para Tarjetas { $tiers }; si tienes otra Tarjeta, llama al número que aparece en su reverso.
prep-caveat-cannot-dial = No se conoce ninguna línea de { $market } a la que se pueda llamar desde donde estás. { $why }

## What every call needs, and how every call ends
prep-ready-card = Tu Tarjeta en la mano. El menú telefónico puede pedirte el número de la Tarjeta y el código de 4 dígitos del anverso (CID): introdúcelos solo en una llamada que hayas hecho tú, a un número del reverso de tu Tarjeta o de esta app. Nunca escribas el CID en un enlace de una web, un SMS o un correo electrónico, ni tampoco en esta app.
prep-ready-notes = Papel o tu diario para anotar el nombre del agente, lo que te promete y el número de referencia.
prep-ready-dates = Fechas e importes de aquello por lo que llamas, y números de referencia anteriores.
prep-last-step = Antes de colgar, pide un número de referencia y anótalo junto con el nombre del agente y lo que te ha prometido.

## The printed prep sheet (and the command line's `prep`)
prep-sources = Fuentes: { $names }.
prep-general-tips = Consejos generales, iguales en todos los mercados, tomados de: { $names }. La vía de reclamación y los plazos propios de { $country } están en «Si no se resuelve».
prep-urgent-now = Urgente: hazlo ahora.
prep-doc-title = Amex Desk, preparar la llamada: { $purpose }
prep-doc-footer = Amex Desk (no oficial, sin relación con American Express) - impreso el { $date } - no es asesoramiento jurídico
prep-how-to-reach = Cómo contactar
prep-best-channel = Mejor canal
prep-card = Tarjeta
prep-first-choice-unreliable = Desde { $from } no se puede contar con { $line } ({ $number }): usa esta línea en su lugar.
prep-line-to-call = Línea a la que llamar
prep-line-dialled = { $number } - { $line } (marcado desde { $from }; estado: { $status })
prep-back-of-card = el número que aparece en el reverso de tu Tarjeta
prep-notes = Notas
prep-rep-name = Nombre o ID del agente
prep-reference-number = Número de referencia
prep-what-promised = Qué se prometió
prep-follow-up-on = Hacer seguimiento el
prep-not-resolved-in = Si no se resuelve ({ $country })
prep-step-contact = Contacto: { $number }.

## Every printed page
prep-print-note = Nota: { $note }
prep-print-page = { $footer } - página { $number } de { $total }

## The letter that refers a complaint to the external body (ombudsman, regulator)
prep-referral-final-response = American Express envió su respuesta final el { $date }; no resolvió mi reclamación.
prep-referral-no-final-response = American Express no ha enviado una respuesta final.
prep-referral-your-name = Tu nombre
prep-referral-your-address = Tu dirección
prep-referral-date = Fecha: { $date }
prep-referral-to = A: { $body } ({ $reach })
prep-referral-title = Reclamación sobre American Express, remitida a { $body }
prep-referral-account = Cuenta
prep-referral-charge = Cargo
prep-referral-charge-value = { $amount } de { $merchant }
prep-referral-complained = Reclamación presentada a American Express
prep-referral-complaint-date-missing = {"["}fecha de tu reclamación]
prep-referral-final-response-label = Su respuesta final
prep-referral-none-received = no se ha recibido
prep-referral-request = Presenté una reclamación a American Express por el cargo indicado arriba. { $answered } Les pido que estudien mi reclamación.
prep-referral-say-what-happened = {"["}Explica en pocas frases qué pasó, qué pediste a American Express y qué te respondió.]
prep-referral-enclosed = Adjunto: mi reclamación, las respuestas de American Express, el Estado de Cuenta en el que figura el cargo y mis pruebas.
prep-referral-signature = Firma
prep-referral-time-limits = Plazos
prep-referral-disclaimer = Amex Desk no es oficial y no tiene relación con American Express ni con este organismo. Esto no es asesoramiento jurídico: consulta las normas vigentes en la página del propio organismo.
prep-referral-doc-title = Remisión a { $body }
prep-referral-footer = Amex Desk (no oficial) - impreso el { $date } - no es asesoramiento jurídico
