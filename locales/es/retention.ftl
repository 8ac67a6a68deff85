# retention: es

## The card list and the prep summary (window)
retention-your-cards = Tus Tarjetas
retention-new-card = Nueva Tarjeta
retention-no-card-yet = Añade una Tarjeta para ver tu antigüedad, las ofertas recientes y el plazo para recuperar la cuota anual.
retention-before-the-call = Antes de llamar
retention-prep-line = { $label }: { $value }
retention-refund-days-left = { $days ->
    [one] Queda { $days } día para cancelar con reembolso de la cuota
   *[other] Quedan { $days } días para cancelar con reembolso de la cuota
}
retention-refund-window-passed = Ha pasado el plazo de reembolso

## The card form
retention-nickname = Nombre
retention-nickname-hint = p. ej., Gold
retention-nickname-needed = ponle un nombre a la Tarjeta, p. ej., Gold
retention-account-country = País de la Cuenta
retention-not-set = Sin indicar
retention-tier = Tipo de Tarjeta
retention-member-since = Titular desde
retention-member-since-hint = año, p. ej., 2015
retention-annual-fee = Cuota anual
retention-annual-fee-hint = p. ej., 325
retention-fee-posted = Cuota cargada el
retention-fee-statement-closes = Cierre del Estado de Cuenta con la cuota
retention-spend = Gasto
retention-last-5-digits = Últimos 5 dígitos
retention-optional = opcional
retention-not-saved = No se ha guardado: { $reason }
retention-fix-to-save = Corrige para guardar: { $fields }
retention-save-card = Guardar Tarjeta
retention-card-saved = Tarjeta guardada.
retention-save-card-first = Guarda primero la Tarjeta.

## The script card (window)
retention-script-title = Guion para la llamada de retención
retention-step-of = Paso { $step } de { $steps }: { $title }
retention-say-instead = o bien: { $words }
retention-previous-step = Paso anterior
retention-next-step = Paso siguiente
retention-next-step-keys = N o flecha derecha: paso siguiente
retention-do = Qué hacer
retention-dont = Qué no hacer
retention-record-outcome = Anotar el resultado
retention-record-outcome-hover = Después de la llamada: las ofertas, lo que aceptaste y el número de referencia
retention-print-script-card = Imprimir guion (PDF)

## The outcome form
retention-what-happened = Qué pasó en la llamada
retention-offer-kind = Tipo de oferta { $number }
retention-offer = Oferta { $number }
retention-offer-hint = p. ej., 30.000 puntos
retention-offer-spend = Gasto requerido oferta { $number }
retention-offer-spend-hint = p. ej., 3.000 € en 3 meses
retention-offer-deadline = Fecha límite oferta { $number }
retention-date-hint = AAAA-MM-DD
retention-offer-accepted = Oferta { $number } aceptada
retention-remove-offer = Quitar oferta { $number }
retention-add-offer = Añadir oferta
retention-rep = Nombre o ID del agente
retention-rep-hint = con quién hablaste
retention-reference = Referencia
retention-reference-hint = número de referencia
retention-save-outcome = Guardar resultado
retention-cancel-outcome = Descartar resultado
retention-outcome-recorded = Resultado anotado: está en el historial de la Tarjeta y en el registro de llamadas.
retention-call-summary = Llamada de retención sobre { $card }: { $outcome }
retention-spend-promise = Cumplir el gasto requerido para { $offer }: { $spend }

## The history
retention-history = Historial: { $card }
retention-no-calls-yet = Aún no hay llamadas de retención anotadas.
retention-history-call = { $date }: { $outcome }
retention-history-call-with-reference = { $date }: { $outcome }, ref. { $reference }

## The refund note (no refund rule known for the card's country)
retention-no-refund-rule = No hay ninguna regla de reembolso de la cuota anual registrada para Cuentas de { $country }: el reembolso en 30 días es una regla de EE. UU. Pregunta en la llamada si te devuelven la cuota si cancelas la Cuenta, y anota la respuesta.
retention-no-refund-rule-country-unset = No hay ninguna regla de reembolso de la cuota anual registrada para esta Tarjeta (no tiene país indicado): el reembolso en 30 días es una regla de EE. UU. Pregunta en la llamada si te devuelven la cuota si cancelas la Cuenta, y anota la respuesta.

## The prep summary (window, command line and printed card)
retention-prep-card = Tarjeta
retention-prep-card-ending = { $card }, terminada en { $last }
retention-prep-member-for = Antigüedad
retention-prep-member-years = { $years ->
    [one] { $years } año (desde { $since })
   *[other] { $years } años (desde { $since })
}
retention-prep-not-given = sin indicar
retention-prep-annual-fee = Cuota anual
retention-prep-fee-posted = { $fee }, cargada el { $date }
retention-prep-yearly-spend = Gasto anual
retention-prep-offer-12-months = Oferta de retención aceptada en los últimos 12 meses
retention-prep-offer-24-months = ... en los últimos 24 meses
retention-prep-yes = sí
retention-prep-no = no
retention-prep-refund-window = Plazo de reembolso de la cuota
retention-prep-refund-close-by = { $days ->
    [one] cancela a más tardar el { $date } para recuperar la cuota (queda { $days } día)
   *[other] cancela a más tardar el { $date } para recuperar la cuota (quedan { $days } días)
}
retention-prep-refund-ended = terminó el { $date }
retention-prep-refund-needs-closing-date = introduce la fecha de cierre del Estado de Cuenta en el que figura la cuota

## The printed script card
retention-doc-title = Llamada de retención: guion
retention-doc-your-card = Tu Tarjeta
retention-doc-earlier-call = Llamada del { $date }: { $outcome }
retention-doc-have-ready = Ten a mano
retention-doc-do-dont = Qué hacer / qué no hacer
retention-doc-do = Haz esto: { $item }
retention-doc-what-happened = Qué pasó
retention-doc-offers = Oferta(s)
retention-doc-accepted = Aceptada(s)
retention-doc-spend-and-deadline = Gasto requerido y fecha límite
retention-doc-rep = Agente
retention-doc-reference-number = Número de referencia
retention-doc-footer = Amex Desk (no oficial) - impreso el { $date } - fuentes: una guía de atención al cliente de EE. UU. (artículo de terceros); la regla de reembolso de la cuota: el Cardmember Agreement de Amex EE. UU. citado por Doctor of Credit (fuente secundaria)
