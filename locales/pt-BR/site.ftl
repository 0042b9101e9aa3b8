# Dateline site chrome. en-US is the reference locale.

site-home = Início
latest-heading = Mais recentes
no-articles = Nada publicado aqui ainda.
byline = Por { $byline }
reading-time = { $minutes } min de leitura
language-chooser = Ler em
subscribe-heading = Continue lendo
subscribe-body = O restante desta matéria é para assinantes { $tier }.
subscribe-button = Assinar
signin-link = Entrar
signin-heading = Entrar
signin-email = E-mail
signin-password = Senha
signin-submit = Entrar
signin-failed = Esse e-mail e essa senha não correspondem a nenhuma conta.
signout-button = Sair
signed-in-as = Conectado como { $email } ({ $tier })
not-found-heading = Página não encontrada
not-found-body = Não há nada neste endereço.
footer-text = Publicado com Dateline.
sections-label = Seções
breadcrumbs-label = Você está aqui
subscribe-unavailable = As assinaturas on-line ainda não estão abertas. Se você já é assinante, entre.
form-expired-heading = Este formulário expirou
form-expired-body = Para sua segurança, os formulários funcionam só por um tempo. Volte, recarregue a página e tente de novo.
gone-heading = Matéria retirada
gone-body = Esta matéria não está mais publicada.
error-heading = Algo deu errado
error-body = Não foi possível exibir esta página. Tente novamente em instantes.
form-expired-back = Voltar ao formulário

## Accounts: signing up

signin-no-account = Ainda não tem conta?
signup-link = Crie uma
signup-heading = Criar uma conta
signup-intro = A conta é gratuita. Enviaremos um e-mail para confirmar o endereço.
signup-password-rules = Pelo menos { $min } caracteres, e diferente do seu e-mail.
signup-submit = Criar conta
signup-have-account = Já tem uma conta?
signup-email-invalid = Digite um endereço de e-mail válido.
signup-password-short = A senha precisa ter pelo menos { $min } caracteres.
signup-password-long = A senha é longa demais.
signup-password-is-email = A senha não pode ser o seu endereço de e-mail.
signup-confirm-heading = Confirme sua conta
signup-confirm-body = Criar a conta para { $email }?
signup-confirm-button = Criar minha conta
signup-again = Cadastrar-se de novo
signup-exists-heading = Você já tem uma conta
signup-exists-body = Este endereço já tem uma conta. Entre com ele.
check-inbox-heading = Verifique sua caixa de entrada
check-inbox-sent = Enviamos um e-mail para { $email }.
check-inbox-signup = Abra o link dele em até { $hours } horas para concluir a criação da sua conta. Se nada chegar, verifique a pasta de spam.
check-inbox-newsletter = Abra o link dele em até { $hours } horas para confirmar sua inscrição. Se nada chegar, verifique a pasta de spam.
mail-failed-heading = Não foi possível enviar o e-mail
mail-failed-body = Algo deu errado do nosso lado. Tente novamente em alguns minutos.
too-many-heading = Tentativas demais
too-many-signin-body = Para proteger as contas, o acesso fica suspenso após várias tentativas malsucedidas.
too-many-mail-body = Foram solicitados e-mails demais a partir daqui.
try-again-in = { $minutes ->
    [one] Tente novamente em { $minutes } minuto.
   *[other] Tente novamente em { $minutes } minutos.
}
link-expired-heading = Este link não funciona mais
link-expired-body = Os links dos nossos e-mails funcionam por tempo limitado, e alguns só uma vez. Peça de novo e enviaremos um novo link.

## The account page

account-heading = Sua conta
account-welcome = Boas-vindas a { $site }! Sua conta está pronta.
account-tier = Assinatura
account-upgrade = Ver assinaturas
account-newsletter-on = Você recebe a newsletter.
account-newsletter-pending = Sua inscrição aguarda a confirmação por e-mail.
account-newsletter-off = Você não recebe a newsletter.
account-newsletter-start = Assinar a newsletter
account-newsletter-stop = Parar a newsletter
account-session = Sessão

## The newsletter

newsletter-heading = Newsletter
newsletter-intro = O melhor de { $site } na sua caixa de entrada.
newsletter-submit = Inscrever-se
newsletter-privacy = Primeiro enviamos um e-mail de confirmação. Todo e-mail tem um link para cancelar a inscrição.
newsletter-again = Assinar a newsletter
newsletter-box-label = Receba { $site } por e-mail
newsletter-email-placeholder = voce@exemplo.org
newsletter-box-button = Inscrever-se
newsletter-confirm-heading = Confirme sua inscrição
newsletter-confirm-body = Enviar a newsletter para { $email }?
newsletter-confirm-button = Sim, quero me inscrever
newsletter-confirmed-heading = Inscrição confirmada
newsletter-confirmed-body = A newsletter de { $site } chegará em { $email }.
unsubscribe-heading = Cancelar inscrição
unsubscribe-body = Parar de enviar a newsletter para { $email }?
unsubscribe-button = Cancelar inscrição
unsubscribed-heading = Inscrição cancelada
unsubscribed-body = Não enviaremos mais a newsletter para { $email }.

## E-mails (plain text)

mail-signup-subject = Confirme sua conta em { $site }
mail-signup-intro = Alguém, esperamos que você, pediu uma conta em { $site } com este endereço de e-mail.
mail-signup-action = Para criá-la, abra este link em até { $hours } horas:
mail-signup-ignore = Se não foi você, ignore este e-mail: nenhuma conta será criada.
mail-exists-subject = Sua conta em { $site }
mail-exists-intro = Alguém, esperamos que você, tentou criar uma conta em { $site } com este endereço de e-mail, mas ele já tem uma.
mail-exists-action = Para entrar, abra:
mail-exists-ignore = Se não foi você, ignore este e-mail: sua conta não foi alterada.
mail-newsletter-subject = Confirme sua inscrição em { $site }
mail-newsletter-intro = Alguém, esperamos que você, pediu para receber a newsletter de { $site } neste endereço de e-mail.
mail-newsletter-action = Para confirmar, abra este link em até { $hours } horas:
mail-newsletter-ignore = Se não foi você, ignore este e-mail: a inscrição não será feita.
mail-subscribed-subject = Você já recebe a newsletter de { $site }
mail-subscribed-intro = Alguém, esperamos que você, pediu para receber a newsletter de { $site } neste endereço de e-mail.
mail-subscribed-nothing = Este endereço já está inscrito, então nada mudou.
mail-footer = Para deixar de receber a newsletter de { $site }, abra:

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = Matérias mais recentes
feed-link = Feed Atom
skip-to-content = Pular para o conteúdo
page-number = Página { $page }
subsections-label = Subseções
pagination-label = Páginas
newer-stories = Matérias mais novas
older-stories = Matérias mais antigas
updated-on = Atualizado
source-label = Fonte:
tags-label = Tags
related-heading = Leia também

## Password reset
signin-forgot = Esqueceu a senha?
reset-heading = Escolha uma nova senha
reset-intro = Digite o endereço de e-mail da sua conta. Enviaremos um link para você escolher uma nova senha.
reset-submit = Enviar o link
reset-again = Pedir um novo link
reset-password-intro = Escolha uma nova senha para { $email }. Você será desconectado de todos os outros lugares.
reset-new-password = Nova senha
reset-password-submit = Salvar a nova senha
check-inbox-reset-sent = Se { $email } pertencer a uma conta, enviamos um e-mail para ele.
check-inbox-reset = Abra o link dele em até { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} para escolher uma nova senha. Se nada chegar, verifique a pasta de spam.
account-password-changed = Sua nova senha foi salva. Todas as outras sessões da sua conta foram encerradas.
mail-reset-subject = Escolha uma nova senha para { $site }
mail-reset-intro = Alguém, esperamos que você, pediu para escolher uma nova senha para a conta em { $site } com este endereço de e-mail.
mail-reset-action = Para isso, abra este link em até { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}. Ele funciona só uma vez:
mail-reset-ignore = Se não foi você, ignore este e-mail: sua senha continua a mesma.
