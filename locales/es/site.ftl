site-home = Portada
latest-heading = Lo último
no-articles = Aún no hay nada publicado aquí.
byline = Por { $byline }
reading-time = { $minutes } min de lectura
language-chooser = Leer en
subscribe-heading = Siga leyendo
subscribe-body = El resto de este artículo es para suscriptores { $tier }.
subscribe-button = Suscribirse
signin-link = Iniciar sesión
signin-heading = Iniciar sesión
signin-email = Correo electrónico
signin-password = Contraseña
signin-submit = Entrar
signin-failed = Ese correo y esa contraseña no corresponden a ninguna cuenta.
signout-button = Cerrar sesión
signed-in-as = Sesión iniciada como { $email } ({ $tier })
not-found-heading = Página no encontrada
not-found-body = No hay nada en esta dirección.
footer-text = Publicado con Dateline.
sections-label = Secciones
breadcrumbs-label = Está aquí
subscribe-unavailable = Las suscripciones en línea aún no están abiertas. Si ya es suscriptor, inicie sesión.
form-expired-heading = Este formulario ha caducado
form-expired-body = Por su seguridad, los formularios solo valen durante un tiempo. Vuelva atrás, recargue la página e inténtelo de nuevo.
gone-heading = Artículo retirado
gone-body = Este artículo ya no está publicado.
error-heading = Algo ha salido mal
error-body = No se ha podido mostrar esta página. Inténtelo de nuevo en un momento.
form-expired-back = Volver al formulario

## Cuentas: registro

signin-no-account = ¿Aún no tiene cuenta?
signup-link = Cree una
signup-heading = Crear una cuenta
signup-intro = La cuenta es gratuita. Le enviaremos un correo para confirmar la dirección.
signup-password-rules = Al menos { $min } caracteres, y que no sea su dirección de correo.
signup-submit = Crear cuenta
signup-have-account = ¿Ya tiene cuenta?
signup-email-invalid = Escriba una dirección de correo válida.
signup-password-short = La contraseña debe tener al menos { $min } caracteres.
signup-password-long = La contraseña es demasiado larga.
signup-password-is-email = La contraseña no puede ser su dirección de correo.
signup-confirm-heading = Confirme su cuenta
signup-confirm-body = ¿Crear la cuenta de { $email }?
signup-confirm-button = Crear mi cuenta
signup-again = Registrarse de nuevo
signup-exists-heading = Ya tiene una cuenta
signup-exists-body = Esta dirección ya tiene una cuenta. Inicie sesión con ella.
check-inbox-heading = Revise su correo
check-inbox-sent = Hemos enviado un correo a { $email }.
check-inbox-signup = Abra el enlace que contiene en las próximas { $hours } horas para terminar de crear su cuenta. Si no llega nada, mire en la carpeta de correo no deseado.
check-inbox-newsletter = Abra el enlace que contiene en las próximas { $hours } horas para confirmar su suscripción. Si no llega nada, mire en la carpeta de correo no deseado.
mail-failed-heading = No se ha podido enviar el correo
mail-failed-body = Algo ha fallado por nuestra parte. Inténtelo de nuevo dentro de unos minutos.
too-many-heading = Demasiados intentos
too-many-signin-body = Para proteger las cuentas, el inicio de sesión se detiene tras varios intentos fallidos.
too-many-mail-body = Se han pedido demasiados correos desde esta conexión.
try-again-in = { $minutes ->
    [one] Inténtelo de nuevo dentro de un minuto.
   *[other] Inténtelo de nuevo dentro de { $minutes } minutos.
}
link-expired-heading = Este enlace ya no funciona
link-expired-body = Los enlaces de nuestros correos solo valen durante un tiempo, y algunos una sola vez. Vuelva a pedirlo y le enviaremos uno nuevo.

## La página de la cuenta

account-heading = Su cuenta
account-welcome = ¡Bienvenido a { $site }! Su cuenta está lista.
account-tier = Suscripción
account-upgrade = Ver suscripciones
account-newsletter-on = Recibe el boletín.
account-newsletter-pending = Su suscripción espera a que la confirme por correo.
account-newsletter-off = No recibe el boletín.
account-newsletter-start = Suscribirse al boletín
account-newsletter-stop = Dejar de recibir el boletín
account-session = Sesión

## El boletín

newsletter-heading = Boletín
newsletter-intro = Lo mejor de { $site }, en su correo.
newsletter-submit = Suscribirse
newsletter-privacy = Primero le enviamos un correo de confirmación. Todos los correos llevan un enlace para darse de baja.
newsletter-again = Suscribirse al boletín
newsletter-box-label = Reciba { $site } por correo
newsletter-email-placeholder = usted@ejemplo.es
newsletter-box-button = Suscribirse
newsletter-confirm-heading = Confirme su suscripción
newsletter-confirm-body = ¿Enviar el boletín a { $email }?
newsletter-confirm-button = Sí, suscribirme
newsletter-confirmed-heading = Ya está suscrito
newsletter-confirmed-body = El boletín de { $site } llegará a { $email }.
unsubscribe-heading = Darse de baja
unsubscribe-body = ¿Dejar de enviar el boletín a { $email }?
unsubscribe-button = Darme de baja
unsubscribed-heading = Se ha dado de baja
unsubscribed-body = No volveremos a enviar el boletín a { $email }.

## Correos (texto sin formato)

mail-signup-subject = Confirme su cuenta en { $site }
mail-signup-intro = Alguien, seguramente usted, ha pedido una cuenta en { $site } con esta dirección de correo.
mail-signup-action = Para crearla, abra este enlace en las próximas { $hours } horas:
mail-signup-ignore = Si no ha sido usted, ignore este correo: no se creará ninguna cuenta.
mail-exists-subject = Su cuenta en { $site }
mail-exists-intro = Alguien, seguramente usted, ha intentado crear una cuenta en { $site } con esta dirección de correo, pero ya tiene una.
mail-exists-action = Para iniciar sesión, abra:
mail-exists-ignore = Si no ha sido usted, ignore este correo: su cuenta no ha cambiado.
mail-newsletter-subject = Confirme su suscripción a { $site }
mail-newsletter-intro = Alguien, seguramente usted, ha pedido recibir el boletín de { $site } en esta dirección de correo.
mail-newsletter-action = Para confirmarlo, abra este enlace en las próximas { $hours } horas:
mail-newsletter-ignore = Si no ha sido usted, ignore este correo: no quedará suscrito.
mail-subscribed-subject = Ya recibe el boletín de { $site }
mail-subscribed-intro = Alguien, seguramente usted, ha pedido recibir el boletín de { $site } en esta dirección de correo.
mail-subscribed-nothing = Esta dirección ya está suscrita, así que no ha cambiado nada.
mail-footer = Para dejar de recibir el boletín de { $site }, abra:

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = Últimos artículos
feed-link = Canal Atom
skip-to-content = Ir al contenido
page-number = Página { $page }
subsections-label = Subsecciones
pagination-label = Páginas
newer-stories = Artículos más recientes
older-stories = Artículos anteriores
updated-on = Actualizado el
source-label = Fuente:
tags-label = Etiquetas
related-heading = Lea también

## Restablecer la contraseña
signin-forgot = ¿Ha olvidado su contraseña?
reset-heading = Elegir una nueva contraseña
reset-intro = Escriba la dirección de correo de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviar el enlace
reset-again = Pedir un nuevo enlace
reset-password-intro = Elija una nueva contraseña para { $email }. Se cerrarán todas sus demás sesiones.
reset-new-password = Nueva contraseña
reset-password-submit = Guardar la nueva contraseña
check-inbox-reset-sent = Si { $email } corresponde a una cuenta, le hemos enviado un correo.
check-inbox-reset = Abra el enlace que contiene { $hours ->
    [one] en la próxima hora
   *[other] en las próximas { $hours } horas
} para elegir una nueva contraseña. Si no llega nada, mire en la carpeta de correo no deseado.
account-password-changed = Su nueva contraseña está guardada. Se han cerrado todas las demás sesiones de su cuenta.
mail-reset-subject = Elija una nueva contraseña para { $site }
mail-reset-intro = Alguien, seguramente usted, ha pedido elegir una nueva contraseña para la cuenta de { $site } con esta dirección de correo.
mail-reset-action = Para hacerlo, abra este enlace { $hours ->
    [one] en la próxima hora
   *[other] en las próximas { $hours } horas
}. Solo funciona una vez:
mail-reset-ignore = Si no fue usted, ignore este correo: su contraseña no cambia.
