# The window's frame: title, top bar, tabs, banners and status bar (Spanish).

shell-subtitle = no oficial · sin conexión
shell-search = Buscar
shell-search-hint = número, país, problema… (Ctrl+F o /)
shell-verify = Verificar
shell-verify-hover = ¿Este número, enlace o correo electrónico es realmente de American Express?
shell-verify-hint = pega un número, enlace o correo
shell-verdict-amex = AMERICAN EXPRESS
shell-verdict-not-amex = NO ES AMERICAN EXPRESS
shell-verdict-unknown = DESCONOCIDO
shell-verdict-invalid = NO VÁLIDO
shell-clear = Borrar
shell-calling-from = Llamas desde
shell-calling-from-hover = Los números se muestran y se copian tal como los marcarías desde este país
shell-theme-system = Tema del sistema
shell-theme-light = Tema claro
shell-theme-dark = Tema oscuro
shell-theme-hover = Cambiar entre sistema, claro y oscuro
shell-reminders = Recordatorios en el escritorio
shell-reminders-hover = Avisar cuando venza un seguimiento, una promesa o un plazo de reclamación (una vez al día cada uno)
shell-language = Idioma
shell-language-hover = El idioma de la ventana, de los documentos impresos y de la línea de comandos
shell-language-system = Sistema ({ $name })
shell-no-cjk-font = No se encontró ninguna fuente japonesa en este ordenador, así que el texto japonés aparece como cuadros. Instala una (en Linux: Noto Sans CJK, paquete fonts-noto-cjk) y reinicia Amex Desk.
shell-update-offer = Actualización del directorio { $serial } (compilada el { $compiled }), firmada con la clave { $key }.
shell-update-apply = Aplicar esta actualización
shell-update-decline = No aplicar
shell-update-changes = Qué cambia:
shell-dismiss = Cerrar
shell-dismiss-journal-problems = Cerrar los problemas del diario
shell-journal-read-only = Tu diario es de solo lectura: { $problem } No se guardará nada hasta que el archivo se repare o se aparte; los números siguen funcionando. En la página Diario, Versiones anteriores restaura una versión guardada antes (el archivo ilegible se conserva como copia).
shell-tab-numbers = Números
shell-tab-journal = Diario
shell-tab-journal-overdue = Diario ({ $count } vencidos)
shell-tab-prep = Preparar llamada
shell-tab-disputes = Reclamaciones
shell-tab-retention = Retención
shell-log-this-call = Anotar esta llamada
shell-log-this-call-hover = Abre una entrada del registro de llamadas para esta línea, con la fecha de ahora
shell-never-asks-pin = Amex nunca llama para pedirte el PIN ni un código de un solo uso.
shell-on-call = En llamada con { $line } { $elapsed } (espera { $hold })
shell-call-phase-hover = Qué parte de la llamada es: el tiempo se reparte entre las dos
shell-end-call = Terminar llamada
shell-end-call-hover = Detiene el cronómetro y abre la entrada de la llamada con sus tiempos
shell-days-ago = { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}
shell-today = hoy
shell-tomorrow = mañana
shell-in-days = dentro de { $days } días
shell-days-overdue = { $days ->
    [one] { $days } día de retraso
   *[other] { $days } días de retraso
}
shell-due-today = vence hoy
shell-due-tomorrow = vence mañana
# Un día: 5 dic 2026. $day, $month (1 a 12), $year: números.
shell-date = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
    } { $year }
shell-unsigned-not-used = Comprobado con el directorio en uso: el archivo mostrado no está firmado, así que nunca se usa para verificar un número.
