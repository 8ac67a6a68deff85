# numbers: es

## The filter panel

numbers-filters = Filtros
numbers-filter-region = Región
numbers-filter-country = País
numbers-filter-card = Tarjeta
numbers-filter-problem = Motivo
numbers-filter-channel = Canal
numbers-filter-any = Cualquiera
numbers-include-outdated = Incluir números obsoletos
numbers-include-outdated-hover = Mostrar también los números retirados, bien señalados
numbers-clear-filters = Quitar todos los filtros
numbers-when-in-doubt = Si tienes dudas, llama al número que aparece en el reverso de tu Tarjeta.
numbers-never-listed = Aquí nunca aparecen números que se sabe que son de otros. Pasa el ratón por una etiqueta de estado para ver de dónde sale cada número.
numbers-directory-age = { $age } { $count ->
    [one] { $count } línea.
   *[other] { $count } líneas.
}
numbers-update-directory = Actualizar el directorio...
numbers-update-directory-hover = Abre una actualización firmada del directorio (.amexdir) del proyecto Amex Desk; verás lo que cambia antes de aplicarla
numbers-previous-directory = Volver al directorio anterior
numbers-load-directory = Cargar un archivo de directorio...
numbers-load-directory-hover = Consulta otro archivo de directorio (se comprueba igual que con --directory). No está firmado: lo que añade o cambia se marca como NO VERIFICADO y Verificar nunca lo usa

## The list and its rows

numbers-line-count = { $count ->
    [one] { $count } línea
   *[other] { $count } líneas
}
numbers-shown-as-dialled-from = tal como se marcan desde { $country }
numbers-your-note = Tu nota: { $note }
numbers-result = Resultado { $position }: { $label }
numbers-click-to-copy = Haz clic para copiar
numbers-copy = Copiar
numbers-call = Llamar
numbers-copy-number = Copiar { $number }
numbers-call-number = Llamar al { $number }
numbers-call-hover = Marcar con tu app de teléfono (enlace tel:)
numbers-copy-hover = Copiar al portapapeles
numbers-use-instead = { $warning } Usa el { $number } en su lugar.
numbers-copied = Copiado: { $number }
numbers-calling = Llamando al { $number } con tu app de teléfono
numbers-cannot-dial = No se puede llamar a este contacto

## Nothing matches; a market with no official line

numbers-no-line-matches = Ninguna línea coincide con tu búsqueda y tus filtros.
numbers-call-the-back-of-your-card = Llama al número que aparece en el reverso de tu Tarjeta: siempre es el correcto para tu Tarjeta.
numbers-general-line = Línea general de { $country }: { $number }
numbers-copy-general-line = Copiar la línea general de { $country }
numbers-no-general-line = Este directorio no tiene ninguna línea general para { $country }.
numbers-country-cards = Tarjetas de { $country }:
numbers-advice-step-back-of-card = Llama al número que aparece en el reverso de tu Tarjeta: siempre es el correcto para tu Tarjeta y atiende también desde el extranjero.
numbers-advice-step-card-from-abroad = ¿Tu Tarjeta se emitió en otro país? La línea desde el extranjero de ese país funciona desde cualquier lugar: elige el país de tu Tarjeta o usa una de las de abajo.
numbers-advice-step-lost-card = Tarjeta perdida o robada: primero bloquéala en la app de American Express y después llama.
numbers-advice-tier-cards-only = Tarjetas { $tier }
numbers-advice-no-page-other-sources = Ninguna página de American Express que tengamos da una línea para { $country }: las líneas de abajo proceden de otras fuentes.
numbers-advice-no-page = Ninguna página de American Express que tengamos da una línea para { $country }.
numbers-advice-served-by = Las Tarjetas de { $country } las atiende la sucursal de American Express en { $other }, así que las líneas de { $other } que aparecen abajo te sirven ({ $page }: “{ $quote }”).
numbers-advice-no-longer-issued = American Express ya no emite Tarjetas en { $country } ({ $page }: “{ $quote }”). Si tienes una Tarjeta, se emitió en otro país: llama al número que aparece en su reverso o a la línea desde el extranjero de ese país.
numbers-advice-no-longer-issued-reported = Según informaciones de prensa, no según una página de American Express, American Express dejó de emitir Tarjetas en { $country } ({ $page }: “{ $quote }”); no hemos encontrado ninguna página que diga quién las emite allí hoy. Si tienes una Tarjeta, se emitió en otro lugar: llama al número que aparece en su reverso o a la línea desde el extranjero del país que la emitió.
numbers-advice-no-personal-line = Ninguna página de American Express que tengamos da una línea habitual para Tarjetas personales en { $country }: sus líneas oficiales de abajo son para otros asuntos.
numbers-advice-official-lines-for = Ninguna página de American Express que tengamos da una línea para Tarjetas personales en { $country }: las líneas oficiales de abajo son solo para { $products }.
numbers-advice-and-list = { $rest } y { $last }

## The details panel

numbers-hide-details = Ocultar detalles
numbers-show-details = Mostrar detalles
numbers-details-width = Ancho del panel de detalles (arrastra para cambiarlo)
numbers-as-written = Tal como está escrito: { $value } · E.164: { $e164 }
numbers-instead = En su lugar: { $number } ({ $label })
numbers-other-sources-say = Otras fuentes dan otro número
numbers-other-sources-say-colon = Otras fuentes dan otro número:
numbers-sources = Fuentes:
numbers-notes = Notas
numbers-hours = Horario
numbers-hours-stated-on = Horario según { $page }
numbers-for-cards-from = Para Tarjetas de: { $countries }
numbers-every-card = todas las Tarjetas
numbers-cards = Tarjetas: { $tiers }
numbers-for = Para: { $purposes }
numbers-languages = Idiomas: { $languages }
numbers-evidence = Pruebas
numbers-open-page = abrir página
numbers-hours-on-that-page = horario en esa página: { $hours }
numbers-before-you-call = Antes de llamar
numbers-before-select-a-line = Elige una línea para ver de dónde sale y hasta qué punto estamos seguros de ella.
numbers-before-card-in-hand = Ten tu Tarjeta a mano. El menú telefónico te pide el número de Tarjeta; nunca escribas tu código de seguridad (CID) en nada que no sea la app o la web oficiales.
numbers-before-reference-number = Pide un número de referencia antes de colgar y apunta con quién hablaste.
numbers-before-never-a-pin = Amex nunca llama para pedirte un PIN, un código de verificación o una clave de un solo uso. Si sospechas, cuelga y llama al número que aparece en el reverso de tu Tarjeta.
numbers-before-search-ads = Los estafadores pagan anuncios en buscadores con números de asistencia falsos: elige siempre las líneas oficiales.
numbers-before-sources = Fuentes: las páginas de seguridad de American Express, los consejos de la Comisión Federal de Comercio de EE. UU. sobre llamadas de suplantación y una guía estadounidense sobre atención telefónica (un artículo de terceros).
numbers-start-call = Iniciar llamada
numbers-start-call-hover = Copia el número y cronometra la llamada (espera y conversación) en la barra de estado
numbers-start-call-busy = Ya se está cronometrando una llamada: pulsa antes Terminar llamada en la barra de estado

## Status badges and the evidence behind them

numbers-badge-official = OFICIAL
numbers-badge-corroborated = CORROBORADO
numbers-badge-single-source = UNA SOLA FUENTE
numbers-badge-conflicting = CONTRADICTORIO
numbers-badge-superseded = SUSTITUIDO
numbers-badge-outdated = OBSOLETO
numbers-badge-misattributed = DE OTRA ENTIDAD
numbers-badge-implausible = INVEROSÍMIL
numbers-badge-not-verified = NO VERIFICADO
numbers-not-verified-why = Solo figura en un archivo de directorio que nadie ha firmado: no te fíes de esta línea. Llama al número que aparece en el reverso de tu Tarjeta.
numbers-status-official = oficial
numbers-status-corroborated = corroborado
numbers-status-single-source = una sola fuente
numbers-status-conflicting = contradictorio
numbers-status-superseded = sustituido
numbers-status-outdated = obsoleto
numbers-status-misattributed = de otra entidad
numbers-status-implausible = inverosímil
numbers-status-explain-official = Aparece en una página de American Express (las páginas pueden ser antiguas).
numbers-status-explain-corroborated = Dos o más fuentes independientes coinciden; no se ha visto ninguna página oficial.
numbers-status-explain-single-source = Solo lo da una fuente: compruébalo con tu Tarjeta.
numbers-status-explain-conflicting = Las fuentes no coinciden sobre este número: mejor usa una línea oficial.
numbers-status-explain-superseded = Una página más reciente de American Express da otro número: mejor usa ese.
numbers-status-explain-outdated = Usa un formato de número retirado: no conectará.
numbers-status-explain-misattributed = Pertenece a otra entidad: no es una línea de American Express.
numbers-status-explain-implausible = Parece inventado: no es una línea de American Express.
numbers-source-prints-as = { $page }: muestra “{ $printed }” como “{ $label }”
numbers-source-prints = { $page }: muestra “{ $printed }”
numbers-source-says = { $page }: { $label }
numbers-rival-newer-page = página de Amex más reciente
numbers-rival-older-page = página de Amex más antigua
numbers-rival-amex-page = página de Amex{ $of_year }
numbers-source-page = { $place }, página{ $of_year }
numbers-page-of-year = {" "}de { $year }
numbers-page-of-unknown-year = {" "}sin fecha
numbers-why-official = Aparece en una página de American Express{ $of_year }.
numbers-why-official-partner = Aparece en una página{ $of_year } de la empresa autorizada para emitir Tarjetas American Express en este mercado.
numbers-why-corroborated = { $count ->
    [one] { $count } fuente independiente lo da; no se ha visto ninguna página de American Express.
   *[other] { $count } fuentes independientes lo dan; no se ha visto ninguna página de American Express.
}
numbers-why-single-source = Solo lo da una fuente; no se ha visto ninguna página de American Express.
numbers-why-superseded = Una página de American Express más reciente{ $of_year } da en su lugar { $rival } (esta: página{ $this_year }).
numbers-why-same-age = Las páginas de American Express no coinciden y ninguna es más reciente (ambas páginas{ $of_year }): otra da { $rival }.
numbers-why-more-pages = Ninguna es más reciente (páginas{ $of_year }), pero hay más páginas de American Express ({ $theirs }) que dan { $rival } que este número ({ $mine }).
numbers-why-amex-gives = Una página de American Express{ $of_year } da en su lugar { $rival }.
numbers-why-others-give = Otras fuentes dan { $rival } para lo mismo.
numbers-why-belongs-to = pertenece a { $owner }
numbers-trust-built-in = incluido en esta app
numbers-trust-signed = una actualización firmada (clave { $key })
numbers-trust-unverified = un archivo que nadie ha firmado: no verificado

## Notes pinned to a line

numbers-your-notes = Tus notas
numbers-remove-note = Quitar
numbers-remove-note-named = Quitar la nota { $note }
numbers-new-note = Nota nueva
numbers-new-note-hint = p. ej., pulsa 0 dos veces para hablar con una persona
numbers-pin-note = Fijar nota
numbers-log-call = Registrar una llamada a esta línea
numbers-undo = Deshacer

## Report a problem with a number

numbers-report-problem = Informar de un problema con este número
numbers-report-problem-hover = Prepara un informe breve para los responsables del proyecto, para copiarlo o guardarlo; no contiene datos de tu diario
numbers-report-right-number = El número correcto
numbers-report-page = La página donde lo viste
numbers-report-what-happened = Qué pasó (opcional)
numbers-report-masked = Los números de Tarjeta se ocultan. Envía el informe a los responsables; desde aquí no se envía nada.
numbers-report-copy = Copiar informe
numbers-report-save = Guardar informe...
numbers-report-close = Cerrar informe
numbers-problem-wrong-number = El número es incorrecto
numbers-problem-does-not-connect = No conecta
numbers-problem-wrong-hours = El horario es incorrecto
numbers-problem-not-amex = No es de American Express
numbers-problem-other = Otra cosa

## Keyboard hints in the status bar

numbers-keys-numbers = Arriba/Abajo selecciona · Intro copia · Esc borra la búsqueda · Ctrl+F o / busca
numbers-keys-journal = Tab pasa de un campo a otro · Ctrl+Z deshace un borrado · Ctrl+F busca en los números
numbers-keys-forms = Tab pasa de un campo a otro · Ctrl+F busca en los números

## Shared controls

numbers-type-to-filter = Escribe para filtrar
numbers-filter-named = Filtrar { $label }
numbers-pick = Elegir
numbers-pick-named = Elegir { $field }
numbers-date-hint = AAAA-MM-DD
numbers-open-saved-file = Abrir el archivo guardado
numbers-show-in-folder = Mostrar en la carpeta

## What a line is for, which cards, how it is reached

numbers-purpose-general = Consultas generales
numbers-purpose-lost-card = Tarjeta perdida o robada
numbers-purpose-fraud = Fraude
numbers-purpose-disputes = Cargos en disputa
numbers-purpose-travel-emergency = Emergencia en un viaje
numbers-purpose-applications = Solicitudes de Tarjeta
numbers-purpose-rewards = Puntos y recompensas
numbers-purpose-retention = Retención / cuota anual
numbers-purpose-complaints = Quejas y reclamaciones
numbers-purpose-payments = Pagos
numbers-purpose-technical = Cuenta online y app
numbers-purpose-close-account = Cancelar una cuenta
numbers-purpose-gift-cards = Tarjetas regalo y prepago
numbers-purpose-accessibility = TTY y servicios de retransmisión
numbers-purpose-merchant-services = Servicios a establecimientos (empresas)
numbers-tier-blue = Blue
numbers-tier-green = Green
numbers-tier-gold = Gold
numbers-tier-platinum = Platinum
numbers-tier-centurion = Centurion
numbers-tier-business = Business
numbers-tier-corporate = Corporate
numbers-kind-toll-free = Gratuito
numbers-kind-local = Tarifa local
numbers-kind-collect = Cobro revertido
numbers-kind-international = Desde el extranjero
numbers-kind-tty = TTY
numbers-kind-fax = Fax
numbers-kind-postal = Correo postal
numbers-kind-email = Correo electrónico
numbers-kind-chat = Chat
numbers-kind-app = App
numbers-kind-secure-message = Mensaje seguro
numbers-kind-social = Redes sociales
numbers-kind-web = Web
numbers-channel-phone = Teléfono
numbers-channel-chat = Chat
numbers-channel-app = App
numbers-channel-email = Correo electrónico
numbers-channel-postal = Correo postal
numbers-channel-social = Redes sociales
numbers-channel-web = Web
numbers-channel-fax = Fax
numbers-region-north-america = Norteamérica
numbers-region-europe = Europa
numbers-region-asia-pacific = Asia-Pacífico
numbers-region-latin-america = Latinoamérica
numbers-region-middle-east-africa = Oriente Medio y África
numbers-card-kind-personal = Tarjeta personal
numbers-card-kind-business = Tarjeta Business
numbers-card-kind-corporate = Tarjeta Corporativa
numbers-product-corporate = Tarjetas Corporativas
numbers-product-business = Tarjetas Business
numbers-product-currency-card = International Currency Cards
numbers-product-gift-card = tarjetas regalo y prepago
numbers-product-merchant = establecimientos
numbers-product-ppi = reclamaciones por el seguro de protección de pagos (PPI)
numbers-product-discontinued = una Tarjeta que ya no se emite

## Hours

numbers-hours-every-day = 24 horas, todos los días
numbers-hours-not-known = Horario desconocido
numbers-hours-daily = Todos los días
numbers-day-mon = lun
numbers-day-tue = mar
numbers-day-wed = mié
numbers-day-thu = jue
numbers-day-fri = vie
numbers-day-sat = sáb
numbers-day-sun = dom
numbers-hours-open-always = Atiende 24 horas
numbers-hours-open-until = Atiende ahora · hasta { $time }
numbers-hours-closed-until = Cerrado ahora · abre { $time }
numbers-hours-zone-time = { $time }, hora de { $city }
numbers-hours-zone-and-your-time = { $time }, hora de { $city } ({ $yours } en tu hora)
numbers-hours-local-zone = allí

## How a number is dialled from where you are

numbers-warning-retired-format = Formato de número retirado: no conectará.
numbers-warning-not-valid = No es un número de teléfono válido (libphonenumber).
numbers-warning-collect = Pide a la operadora local una llamada a cobro revertido a este número.
numbers-warning-toll-free-abroad = Gratuito solo dentro de { $home }: desde { $here } puede que no conecte, y no es gratuito.
numbers-warning-not-from-abroad = No se puede marcar desde fuera de { $home }.

## Verify: is this really American Express?

numbers-verify-safe = Cuelga o no respondas, y llama al número que aparece en el reverso de tu Tarjeta.
numbers-verify-nothing = No hay nada que comprobar.
numbers-verify-extension = (Extensión { $extension }: se la das al menú o a la persona que atienda.)
numbers-verify-known-account = { $account }: { $label } ({ $status }).
numbers-verify-known-account-advice = Una cuenta real de American Express. Nunca publiques datos de tu Tarjeta; te pedirán que envíes un mensaje privado.
numbers-verify-unknown-account = { $account } no es una cuenta de American Express que conozca este directorio (la cuenta de atención es @AskAmex).
numbers-verify-unreadable-address = Esto no es una dirección web ni de correo electrónico que se pueda leer.
numbers-verify-amex-domain = { $host } pertenece a American Express.
numbers-verify-amex-domain-advice = Un dominio auténtico de American Express. Aun así, nunca des un PIN ni un código de un solo uso a quien contacte contigo: Amex nunca los pide.
numbers-verify-partner-domain = { $host } pertenece a { $issuer }, la empresa autorizada para emitir Tarjetas American Express en { $markets }.
numbers-verify-partner-domain-advice = Para una Tarjeta que esa empresa emitió allí, su sitio es el correcto. Aun así, escribe tú mismo la dirección en lugar de seguir un enlace de un mensaje, y nunca des un PIN ni un código de un solo uso a quien contacte contigo.
numbers-verify-look-alike = { $host } NO es American Express: es una imitación. Amex usa americanexpress.com, aexp.com y sus sitios regionales.
numbers-verify-look-alike-punycode = { $host } NO es American Express: es una imitación (un nombre internacionalizado escrito en punycode para hacerse pasar por uno conocido). Amex usa americanexpress.com, aexp.com y sus sitios regionales.
numbers-verify-other-domain = { $host } no es un dominio de American Express (Amex usa americanexpress.com, aexp.com y sus sitios regionales).
numbers-verify-other-domain-advice = No hagas clic ni respondas. Inicia sesión escribiendo tú mismo americanexpress.com, o llama al número que aparece en el reverso de tu Tarjeta.
numbers-verify-retired-format = { $number } es un formato de número retirado: { $notes }
numbers-verify-or = { $first } o { $second }
numbers-verify-also-read-as = Escrito así, también podría leerse como { $numbers }.
numbers-verify-not-a-number = "{ $input }" no es un número de teléfono válido (leído como marcado desde { $from } y con prefijo de país).
numbers-verify-read-as-written-in = Leído como se escribe en { $country }
numbers-verify-read-with-exit-code = Leído con "{ $prefix }" como prefijo internacional
numbers-verify-read-without-plus = Leído como prefijo de país sin "+"
numbers-verify-how-read = { $how }; desde { $from } marca { $number }.
numbers-verify-reach-toll-free = Es un número gratuito o de tarifa compartida de su país: desde el extranjero puede que no conecte, y no es gratuito.
numbers-verify-reach-not-from-abroad = No se puede marcar desde fuera de su país.
numbers-verify-unsigned-only = { $number } solo figura en un archivo de directorio que nadie ha firmado (no verificado): no es una línea conocida de American Express.
numbers-verify-known-line = { $number } es una línea conocida de American Express: { $label } ({ $country }, { $status }).
numbers-verify-known-line-advice = Puedes llamar. Si alguien te pidió que llamaras, aun así puedes colgar y usar el número que aparece en el reverso de tu Tarjeta.
numbers-verify-listed-unconfirmed-advice = Está en la lista, pero ninguna página oficial lo confirma: mejor usa el número que aparece en el reverso de tu Tarjeta.
numbers-verify-belongs-to = { $number } NO es un número de American Express: pertenece a { $owner }.
numbers-verify-not-amex-because = { $number } NO es un número de American Express: { $why }
numbers-verify-unknown-number = { $number } no es una línea conocida de American Express.
numbers-verify-korean-toll-free = Es un número gratuito internacional de Corea del Sur: solo funciona desde teléfonos dentro de Corea del Sur.
numbers-verify-cannot-dial-from = Desde { $from } no se puede marcar. { $advice }
numbers-worldwide = Todo el mundo
numbers-age-today = hoy
numbers-age-days = { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}
numbers-age-months = hace { $months } meses
numbers-age-line = Números comprobados el { $date }; actualización { $serial }, { $trust }.
numbers-age-line-when = Números comprobados el { $date } ({ $when }); actualización { $serial }, { $trust }.
numbers-stale-notice = Estos números se comprobaron el { $date }, hace { $months } meses: American Express puede haber cambiado alguna línea desde entonces. El número del reverso de tu Tarjeta siempre es el correcto; una actualización de esta app trae números más recientes.
numbers-old-page = Su página de American Express más reciente con fecha es de { $year }, hace más de { $years } años: si no conecta, usa el número del reverso de tu Tarjeta.
