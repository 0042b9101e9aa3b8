# Dateline desk interface strings. en-US is the reference locale.

app-title = Dateline
articles-heading = Matérias
article-new = Nova matéria
article-untitled = Sem título
articles-empty = Nenhuma matéria ainda. Comece uma com “Nova matéria”.
state-draft = Rascunho
state-in-review = Em revisão
state-ready = Pronta
state-scheduled = Agendada
state-published = Publicada
state-unpublished = Despublicada
articles-load-failed = Não foi possível carregar as matérias: { $reason }
article-open-failed = Não foi possível abrir a matéria: { $reason }
article-create-failed = Não foi possível iniciar uma matéria: { $reason }
editor-title-label = Título
editor-title-placeholder = Escreva um título
editor-body-label = Texto (Markdown)
editor-section-label = Seção
editor-tier-label = Acesso
editor-empty = Escolha uma matéria ou comece uma nova.
preview-heading = Pré-visualização
preview-paywall-band = Abaixo, só para assinantes
preview-words =
    { $count ->
        [0] { $count } palavras
        [one] { $count } palavra
       *[other] { $count } palavras
    }
preview-reading = { $minutes } min de leitura
preview-failed = Sem pré-visualização: { $reason }
save-state-saving = Salvando…
save-state-saved = Salvo
save-state-failed = Não salvo: { $reason }
publish-button = Publicar
publish-sending = Publicando…
publish-done = Publicada em { $url }
publish-failed = Não publicada: { $reason }
site-connected = Site: { $name }
site-offline = Site inacessível; níveis da última conexão.
site-none = Nenhum site conectado: adicione um em Configurações.
keyring-unavailable = Sem chaveiro do sistema: a publicação está desativada. O token da API nunca é guardado em outro lugar.
language-label = Idioma

## The article list: search, filters, import

search-label = Buscar matérias
search-placeholder = Buscar em títulos e textos
search-loading = Carregando…
search-failed = A busca falhou: { $reason }
search-empty = Nada corresponde a esta busca.
search-count =
    { $count ->
        [0] { $count } matérias
        [one] { $count } matéria
       *[other] { $count } matérias
    }
search-more = Mostrar mais ({ $shown } de { $total })
hit-locale-title = Encontrado no texto em { $language }
filters-toggle = Filtros
filters-toggle-count = Filtros ({ $count })
filter-any = Qualquer
filter-state = Estado
filter-section = Seção
filter-locale = Idioma
filter-tag = Tag
filter-author = Assinatura
filter-author-placeholder = Qualquer pessoa
filter-reset = Limpar filtros
sort-label = Ordenar por
sort-relevance = Mais relevantes
sort-updated = Última alteração
sort-title = Título A–Z
import-button = Importar Markdown…
import-running = Importando…
import-files = Arquivos Markdown…
import-folder = Uma pasta de arquivos Markdown…
import-dialog-files-title = Importar arquivos Markdown
import-dialog-folder-title = Importar uma pasta de arquivos Markdown
import-filter-name = Markdown
import-failed = Não foi possível importar: { $reason }
import-report-title = Importação
import-report-imported =
    { $count ->
        [0] Nenhuma matéria foi importada.
        [one] { $count } matéria importada.
       *[other] { $count } matérias importadas.
    }
import-report-more = e mais { $count }
import-report-failed =
    { $count ->
        [one] { $count } arquivo não foi importado:
       *[other] { $count } arquivos não foram importados:
    }
drop-hint = Solte arquivos ou pastas Markdown para importá-los, ou imagens sobre o texto para adicioná-las.

## The editor

editor-region = Editor
toolbar-label = Formatação
tooltip-with-shortcut = { $action } ({ $shortcut })
format-heading = Intertítulo
format-bold = Negrito
format-italic = Itálico
format-link = Link
format-quote = Citação
format-list = Lista
format-image = Imagem
format-article-link = Link para uma matéria
format-paywall = Corte do paywall
image-dialog-title = Inserir imagens
image-filter-name = Imagens
image-failed = Não foi possível adicionar a imagem: { $reason }
image-no-article = Abra uma matéria para adicionar imagens a ela.
focus-mode = Modo foco
focus-mode-leave = Sair do modo foco (Esc)
focus-mode-hint = Esc sai do modo foco
more-actions = Mais ações
export-button = Exportar…
export-dialog-title = Exportar a matéria para uma pasta
export-done =
    { $count ->
        [one] { $count } arquivo exportado para { $dir }
       *[other] { $count } arquivos exportados para { $dir }
    }
export-failed = Não foi possível exportar: { $reason }
delete-button = Excluir…
delete-confirm = Excluir “{ $title }”? Você pode desfazer logo em seguida.
delete-confirm-yes = Excluir
delete-done = “{ $title }” excluída.
delete-failed = Não foi possível excluir: { $reason }
undelete-failed = Não foi possível recuperar a matéria: { $reason }
undo = Desfazer
cancel = Cancelar
dismiss = Dispensar
workflow-to-review = Pedir revisão
workflow-to-draft = Voltar a rascunho
workflow-failed = Não foi possível mudar o estado: { $reason }
snapshot-done = Versão salva.
snapshot-failed = Não foi possível salvar uma versão: { $reason }

## Details of an article

metadata-heading = Detalhes
metadata-empty = Linha fina, assinatura, tags, slug, link da fonte
metadata-standfirst = Linha fina
metadata-standfirst-placeholder = O resumo abaixo do título
metadata-byline = Assinatura
metadata-byline-placeholder = Quem escreveu
metadata-tags = Tags
metadata-tags-placeholder = Adicione uma tag e tecle Enter
metadata-tags-count =
    { $count ->
        [0] { $count } tags
        [one] { $count } tag
       *[other] { $count } tags
    }
metadata-tag-remove = Remover a tag { $tag }
metadata-source = Link da fonte
metadata-source-placeholder = https://… (conteúdo de agências)
metadata-source-invalid = Não é um endereço da web: deve começar com http:// ou https://.
metadata-slug = Slug
metadata-slug-from-title = Do título
metadata-slug-follows = Acompanha o título até você alterá-lo.
metadata-slug-own = Definido manualmente.
metadata-slug-locked = Publicada: mudar o slug muda o endereço da matéria.

## History

revisions-button = Histórico
revisions-heading = Histórico
revisions-close = Fechar o histórico
revisions-loading = Carregando o histórico…
revisions-empty = Nenhuma versão ainda.
revisions-failed = Não foi possível carregar o histórico: { $reason }
revisions-hint = Escolha uma versão para compará-la com a mais recente; marque uma segunda para comparar as duas.
revision-compare = Comparar com esta versão
revision-kind-autosave = Salvamento automático
revision-kind-named = Versão salva
revision-kind-workflow = Mudança de estado
revision-kind-restore = Restaurada
revision-restored-from = da versão de { $when }
revision-kind-import = Importada
revision-kind-merge = Mesclada
revision-you = Você
revision-this-desk = esta mesa
revision-other-desk = mesa { $desk }
revision-someone = Alguém
revisions-diff-heading = De { $from } a { $to }
revisions-diff-same = Nenhuma diferença entre estas versões.
revisions-diff-skip =
    { $count ->
        [one] … { $count } palavra sem alteração …
       *[other] … { $count } palavras sem alteração …
    }
revisions-diff-failed = Não foi possível comparar: { $reason }
restore-revision = Restaurar esta versão
restore-failed = Não foi possível restaurar: { $reason }
restore-done = Versão restaurada; o texto anterior também está no histórico.
snapshot-button = Salvar versão
snapshot-label-placeholder = Dê um nome a esta versão (opcional)

## Trouble with the desk's database

trouble-disk-full = O disco está cheio. Seu texto continua aqui e será salvo assim que houver espaço.
trouble-read-only = O banco de dados da redação é somente leitura: nada pode ser salvo. Exporte sua matéria para não perdê-la.
trouble-locked = Outro programa está usando o banco de dados da redação. Nova tentativa de salvar em instantes.
trouble-damaged = O banco de dados da redação está danificado. Exporte o que puder e guarde o arquivo do banco de dados para reparo.
trouble-retry = Tentar agora
trouble-export = Exportar esta matéria…

## Why something failed, by the desk's error code ({ $detail } stays in English).

desk-error-not-found = não está mais lá ({ $detail })
desk-error-invalid = a redação não aceitou ({ $detail })
desk-error-storage = o banco de dados da redação falhou ({ $detail })
desk-error-keyring = o chaveiro do sistema está bloqueado, ausente ou recusou ({ $detail })
desk-error-no-site = ainda não há nenhum site configurado: adicione um em Configurações
desk-error-unauthorized = o site recusou o token da API: informe um novo em Configurações ({ $detail })
desk-error-forbidden = sua função não permite fazer isso ({ $detail })
desk-error-site-rejected = o site recusou a solicitação ({ $detail })
desk-error-network = não foi possível acessar o site ({ $detail })
desk-error-conflict = isso conflita com o estado atual da matéria ({ $detail })
desk-error-disk-full = o disco está cheio; nada foi perdido, e seu texto será salvo assim que houver espaço
desk-error-read-only = o banco de dados da redação não pode ser gravado (o arquivo ou a pasta é somente leitura)
desk-error-locked = outro programa está prendendo o banco de dados da redação; nada foi perdido, tente de novo daqui a pouco
desk-error-damaged = o banco de dados da redação está danificado: exporte o que puder ser lido antes de qualquer outra coisa ({ $detail })

## The database could not be opened (a dialog shown before any window)
db-trouble-title = O Dateline não consegue abrir seu banco de dados
db-trouble-body =
    { $reason }

    Nada foi alterado. Você pode exportar todas as matérias que ainda podem ser lidas para uma pasta de arquivos Markdown.
db-trouble-export = Exportar o que pode ser lido…
db-trouble-quit = Sair
db-rescue-done = { $written } arquivos exportados para { $dir }. { $failed } não puderam ser lidos.

## Workspaces

views-label = Áreas de trabalho
view-write = Escrever
view-translate = Traduzir
view-publish = Publicar
view-settings = Configurações

## Settings: sites

sites-heading = Sites
sites-lead = Os sites em que esta redação publica. O token da API de cada site fica no chaveiro do sistema e em nenhum outro lugar; o primeiro site é o padrão.
sites-empty = Nenhum site ainda. Adicione um com o endereço e um token da API fornecido pelo operador do site.
sites-load-failed = Não foi possível listar os sites: { $reason }
site-add-heading = Adicionar um site
site-url-label = Endereço do site
site-token-label = Token da API
site-token-hint = O token é verificado com o site e depois guardado no chaveiro do sistema. Ele não será mostrado de novo.
site-add = Adicionar site
site-adding = Verificando…
site-default = Padrão
site-test = Testar conexão
site-testing = Testando…
site-test-ok = Conectado: a descrição abaixo acabou de vir do site.
site-remove = Remover
site-remove-confirm = Remover { $name } e o token dele desta redação? As matérias continuam; o site em si não muda.
site-remove-yes = Remover site
site-remove-pending = Ainda há operações deste site na caixa de saída. Envie-as ou cancele-as primeiro.
site-remove-failed = Não foi possível remover o site.
site-role = Papel do token
site-locales = Idiomas
site-sections = Seções
site-tiers = Níveis
site-time-zone = Fuso horário
site-time-zone-unknown = Não informado pelo site (datas em UTC)
site-last-seen = Último contato
site-never-seen = Nunca
site-not-described = A redação ainda não teve notícias deste site: teste a conexão.
site-problem-invalid = Esse endereço ou token não pode ser usado.
site-problem-unauthorized = O site não aceita este token.
site-problem-forbidden = Este token não tem permissão para isso no site.
site-problem-network = Não foi possível acessar o site.
site-problem-keyring = O chaveiro do sistema não está disponível, então o token não pode ser guardado.
site-problem-rejected = O site recusou a solicitação.
site-problem-not-found = A redação não conhece este site.
site-problem-no-site = Nenhum site configurado.
site-problem-other = Algo deu errado.
role-writer = Redator (não pode publicar)
role-translator = Tradutor (não pode publicar)
role-editor = Editor

## Publish workspace: the queue

queue-heading = Fila de publicação
queue-site = Site
queue-locale = Idioma
queue-any = Qualquer
queue-empty = Nenhuma matéria neste estado.
queue-draft-note = Os rascunhos ainda estão sendo escritos: o autor os envia para revisão com “Pedir revisão” em Escrever. Um editor também pode publicar um rascunho daqui, com as mesmas verificações.
queue-select = Selecionar “{ $title }”
queue-select-all = Selecionar tudo
bulk-publish =
    { $count ->
        [0] Publicar selecionadas
        [one] Publicar { $count } matéria
       *[other] Publicar { $count } matérias
    }
bulk-heading = Publicação em lote
bulk-progress = { $done } de { $total } enviadas · { $pending } aguardando · { $stopped } precisam de atenção
bulk-skipped =
    { $count ->
        [one] { $count } matéria deixada de fora
       *[other] { $count } matérias deixadas de fora
    }
bulk-failed = A publicação em lote falhou: { $reason }
publish-no-site = Ainda não há site para publicar.
publish-go-settings = Adicione um site em Configurações
publish-choose = Escolha uma matéria na fila.

## Publish workspace: one article

publish-plan-failed = Não foi possível preparar a publicação: { $reason }
publish-to = Para { $site }
publication-live = No ar, versão { $version }, desde { $when }
unsent-changes = Alterações ainda não enviadas ao site
unsent-changes-hint = O artigo mudou depois de publicado: “Atualizar” em Publicar envia as alterações
publish-locales = Idiomas a publicar
text-source = Original
text-outdated = Desatualizada
text-status-in-progress = Em andamento
text-status-needs-review = Precisa de revisão
text-status-done = Concluída
publish-confirm-outdated = Vi que algumas destas traduções são mais antigas que o original e quero publicá-las mesmo assim.
publish-when = Quando
publish-now = Agora
publish-later = Em data e hora marcadas
schedule-date = Data
schedule-time = Hora
schedule-zone = Fuso horário
schedule-zone-site = Horário do site ({ $zone })
schedule-zone-editor = Meu horário ({ $zone })
schedule-site-clock = Leitores ({ $zone })
schedule-editor-clock = Você ({ $zone })
schedule-past = Esse horário já passou: a matéria apareceria imediatamente.
publish-checks = Verificações
publish-checks-clear = Nada impede a publicação.
check-error = Erro
check-warning = Aviso
publish-blocked = Corrija primeiro os erros das verificações.
publish-blocked-outdated = Marque primeiro a confirmação sobre as traduções desatualizadas.
publish-schedule = Agendar
publish-update = Atualizar
publish-unpublish = Despublicar
unpublish-confirm = Tirar esta matéria do site? Os leitores não a encontrarão mais; você pode publicá-la de novo depois.
publish-store-first = Não foi possível salvar a matéria antes, então nada foi enviado.
publish-last-op = Última operação
op-action-publish = Publicar
op-action-unpublish = Despublicar
op-next-attempt = A tentativa { $attempts } falhou; próxima tentativa { $when }
op-retry = Enviar agora
op-cancel = Cancelar
op-resolve = Comparar e escolher…
op-scheduled-for = Aparece { $when }
op-retrying = Tentando de novo ({ $attempts }): { $reason }
op-state-queued = Na fila
op-state-sending = Enviando
op-state-done = Concluída
op-state-failed = Falhou
op-state-conflict = Conflito
op-state-cancelled = Cancelada
url-copy = Copiar
url-copied = Copiado

## Preview as reader

reader-heading = Ver como leitor
reader-locale = Idioma da pré-visualização
reader-kinds = Tipos de leitor
reader-anonymous = Anônimo
reader-sees-all = { $reader } recebe a matéria inteira.
reader-sees-part = { $reader } recebe só a parte de cima; a parte marcada é retida pelo site.
reader-hidden-label = Não enviado a este leitor
reader-failed = Sem pré-visualização de leitor: { $reason }

## The outbox

outbox-heading = Caixa de saída
outbox-badge-title = { $pending } aguardando envio, { $attention } precisando de você
outbox-empty = Nada na caixa de saída.
outbox-failed = Não foi possível ler a caixa de saída: { $reason }
conflict-heading = Conflito
conflict-explain = O site tem uma versão de “{ $title }” (versão { $version }) mais nova do que a última que esta redação viu: outra pessoa a alterou. Nada foi sobrescrito. Compare as duas e escolha.
conflict-keep-mine = Manter a minha
conflict-keep-mine-explain = Envia a versão desta redação ao site, substituindo a versão do site. As alterações feitas lá se perdem no site.
conflict-take-theirs = Ficar com a do site
conflict-take-theirs-explain = Substitui o texto desta redação pela versão do site e não envia nada. Suas alterações não enviadas ficam guardadas no histórico de revisões.
conflict-theirs-gone = O site não tem mais esta matéria, então não há versão para trazer.
conflict-theirs-unpublished = O site tirou esta matéria do ar: manter a versão desta redação a publica de novo; ficar com a do site a registra aqui como despublicada.
conflict-keep-mine-blocked = Não pode ser enviada assim: { $reasons }
conflict-only-differences = Só o que difere
conflict-mine = Esta redação
conflict-theirs = O site (versão { $version })
conflict-same = As duas versões são iguais.
conflict-field-tier = Acesso
conflict-field-section = Seção
conflict-field-publish-at = Horário de publicação
conflict-field-title = Título
conflict-field-standfirst = Linha fina
conflict-field-slug = Slug
conflict-field-body = Texto

## Notifications

toast-published = “{ $title }” foi publicada.
toast-unpublished = “{ $title }” saiu do site.
toast-op-failed = “{ $title }” não foi enviada: { $reason }
toast-op-conflict = “{ $title }”: o site tem uma versão mais nova. Nada foi sobrescrito.
toast-open-outbox = Abrir caixa de saída
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = Publicação em lote concluída: { $done } de { $total } matérias estão no site.
notify-batch-stopped = Publicação em lote concluída: { $stopped } de { $total } matérias precisam de atenção na caixa de saída.

## Translations in the editor

texts-label = Textos da matéria
texts-failed = Não foi possível listar os textos da matéria: { $reason }
text-open-failed = Não foi possível abrir o texto: { $reason }
translation-add = Adicionar tradução
translation-add-choose = Idioma…
translation-add-failed = Não foi possível iniciar a tradução: { $reason }
translation-status = Status
translation-status-failed = Não foi possível definir o status: { $reason }
translation-outdated-note = O original mudou desde que esta tradução foi marcada como concluída.
source-changes-show = O que mudou no original
source-change-same = Sem alteração
source-change-changed = Alterado
source-change-added = Adicionado
source-change-removed = Removido
source-change-title = Título
source-change-standfirst = Linha fina
translation-mark-current = Marcar como atualizada

## Publish checks, by the desk's code (the desk's own words follow as detail)

check-site-unknown = A redação ainda não teve notícias deste site
check-role = Este token não pode publicar
check-tier-unknown = O site não tem esse nível
check-section-missing = Nenhuma seção escolhida
check-section-unknown = O site não tem essa seção
check-no-locale = Nenhum idioma escolhido
check-schedule-past = O horário agendado já passou
check-no-text = Nenhum texto neste idioma
check-locale-unknown = O site não publica neste idioma
check-no-headline = Sem título
check-not-done = Tradução não marcada como concluída
check-outdated = Tradução desatualizada
check-cut-missing = Nenhum corte de paywall neste texto
check-cut-misplaced = O corte do paywall não está depois do mesmo parágrafo que no original
check-slug-taken = Endereço já em uso
check-image-missing = Falta uma imagem nesta redação
check-standfirst-missing = Sem linha fina, embora o original tenha uma
check-link-target-unpublished = Aponta para uma matéria que ainda não está no site
check-conflict = Conflita com a versão de outra mesa: resolva o conflito primeiro

## The Translate workspace: interface strings

translate-articles = Artigos
translate-strings = Textos da interface
strings-list-heading = Textos da interface
strings-source = Textos de
strings-source-sites = Sites
strings-source-folders = Pastas abertas antes
strings-open-folder = Abrir uma pasta de textos…
strings-folder-dialog-title = Uma pasta organizada como locales/, com uma pasta en-US dentro
strings-file = Arquivo
strings-locale = Idioma
strings-new-locale = Código do novo idioma, ex.: it
strings-add-locale = Adicionar
strings-locale-invalid = “{ $locale }” não é um código de idioma (como it, pt-BR ou zh-Hant).
strings-filter = Mostrar
strings-filter-all = Todas as mensagens ({ $count })
strings-filter-todo = A fazer ({ $count })
strings-search = Buscar em identificadores e textos
strings-status-missing = Faltando
strings-status-translated = Traduzido
strings-status-warning = Aviso
strings-status-error = Erro
strings-status-obsolete = Obsoleto
strings-at-line = Linha { $line }, coluna { $column }:
strings-loading = Abrindo os textos…
strings-empty = Escolha um site ou abra uma pasta de textos e, depois, um idioma.
strings-none-match = Nenhuma mensagem corresponde.
strings-pick = Escolha uma mensagem à esquerda para traduzi-la.
strings-draft = Rascunho não salvo
strings-mode = Editar como
strings-mode-form = Campos
strings-mode-raw = Código Fluent
strings-raw-not-valid = O código Fluent não pode ser mostrado como campos: { $reason }
strings-revert = Descartar alterações
strings-save = Salvar
strings-save-hint = Ctrl+S salva; Ctrl+Enter salva e abre a próxima mensagem
strings-send = Enviar ao site
strings-saved = Salvo.
strings-sent = Enviado: os leitores já veem.
strings-writer-note = Seu token para este site é de redator: você pode ler os textos, mas enviá-los exige um tradutor ou um editor.
strings-conflict-heading = Outra pessoa alterou estes textos nesse meio-tempo; nada dela nem seu foi sobrescrito.
strings-reopen = Reabrir com as alterações deles
strings-note = Nota para tradutores
strings-reference = Referência · { $language }
strings-obsolete-note = A referência não tem mais esta mensagem. A tradução é mantida, mas nada a exibe.
strings-value = Valor
strings-plural-on = uma forma por categoria de plural, escolhida por { $selector }
strings-select-on = escolhido por { $selector }
strings-default = padrão
strings-plural-example = ex.: { $number }
strings-preview = Prévia com valores de exemplo

## What the string checks found, by check code.

string-check-syntax = Isto não é Fluent válido: { $detail }
string-check-missing-default-variant = Um seletor não tem variante padrão (marque uma com *)
string-check-multiple-default-variants = Um seletor tem mais de uma variante padrão (*)
string-check-duplicate-id = { $what } está definido duas vezes; só a primeira conta
string-check-duplicate-attribute = { $what } aparece duas vezes
string-check-duplicate-variant = { $what } tem a variante { $key } duas vezes
string-check-missing-message = { $what } ainda não foi traduzido
string-check-obsolete-message = A referência não tem mais { $what }: nada o exibe
string-check-missing-term = O termo { $what } ainda não foi traduzido
string-check-obsolete-term = A referência não tem o termo { $what }
string-check-missing-value = { $what } não tem valor, mas a referência tem
string-check-obsolete-value = { $what } tem um valor, mas a referência só tem atributos
string-check-missing-attribute = Falta o atributo { $what }
string-check-obsolete-attribute = A referência não tem o atributo { $what }
string-check-missing-variable = { $what } não mostra { $variable }, que a referência mostra
string-check-unknown-variable = { $what } usa { $variable }, que o programa nunca preenche
string-check-missing-plural = Faltam em { $what } as variantes de plural { $categories } de que este idioma precisa
string-check-unused-plural = { $what } tem a variante { $key }, uma categoria de plural que este idioma não tem
string-check-variant-lost-variable = { $what } { $key } não mostra { $variable }, que a mesma variante da referência mostra
string-check-empty-value = { $what } está vazio
string-check-unknown-reference = { $what } remete a { $reference }, que não está definido
string-check-missing-reference = { $what } não remete a { $reference } como a referência faz
string-check-obsolete-reference = { $what } remete a { $reference }, e a referência não
string-check-missing-file = { $locale } não tem { $file }
string-check-obsolete-file = { $locale } não tem { $file }: nada lê este arquivo

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = Uma { "{" } não foi fechada: adicione { "}" } depois de “{ $near }”
string-syntax-unclosed-choice = As variantes de “{ $near }” não foram fechadas: adicione { "}" } numa linha própria depois da última
string-syntax-stray-brace = A { "}" } em “{ $near }” não fecha nada: remova-a ou adicione a { "{" } que ela deve fechar
string-syntax-bad-variable = Uma variável é $ seguido diretamente do nome, que começa com uma letra, como { "{ $minutes }" }: confira “{ $near }”
string-syntax-unclosed-string = O texto entre aspas “{ $near }” não foi fechado: adicione " antes do fim da linha
string-syntax-line-start = Uma linha de texto não pode começar aqui com [, * ou .: “{ $near }”. Junte-a à linha anterior ou escreva o caractere como { "{ \"[\" }" }
string-syntax-entry-start = “{ $near }” não faz parte de nenhuma mensagem: uma mensagem começa no início de uma linha com seu identificador e =, e as demais linhas ficam recuadas
string-syntax-missing-equals = Uma mensagem começa com seu identificador, uma só palavra (letras, dígitos, - e _), e depois =: confira “{ $near }”
string-syntax-bad-placeable = Dentro de { "{ }" } vai uma variável (como { "{ $name }" }), uma mensagem, um termo ou um texto entre aspas: confira “{ $near }”
string-syntax-no-text = { $near } não tem texto depois do =
string-syntax-variant-line = Depois de ->, cada variante fica numa linha própria: comece uma nova linha antes de “{ $near }”
string-syntax-bad-variant-key = A chave de uma variante é uma só palavra ou número entre [ e ], como [one] ou [other]: confira “{ $near }”
string-syntax-bad-escape = Num texto entre aspas, \ só pode vir seguida de ", \ ou um código de caractere como \u00A0: confira “{ $near }”
string-syntax-bad-selector = Um seletor (antes de ->) só pode ser uma variável, um número ou uma função como NUMBER($count): confira “{ $near }”
string-syntax-function-call = Confira a função em “{ $near }”: o nome em maiúsculas e depois os argumentos entre ( ), primeiro os sem nome, cada um com nome uma só vez, com um número ou um texto entre aspas
string-syntax-other = Isto não é Fluent válido perto de “{ $near }”

## The bin

bin-open = Lixeira
bin-heading = Lixeira
bin-empty = A lixeira está vazia.
bin-explain = Artigos excluídos ficam aqui por 30 dias; depois a mesa os apaga. Os que ainda estão em um site, aguardam na caixa de saída ou têm tradução ficam até você decidir.
bin-deleted-on = Excluído em { $when }
bin-purge-on = será apagado sozinho em { $when }
bin-kept-published = mantido: um site ainda o exibe (despublique antes)
bin-kept-pending = mantido: uma operação aguarda na caixa de saída
bin-kept-translated = mantido: tem traduções
bin-restore = Restaurar
bin-delete-forever = Excluir definitivamente
bin-confirm = Excluir definitivamente “{ $title }” e suas versões? Não é possível desfazer.
bin-confirm-translated = Excluir definitivamente “{ $title }”, suas versões e { $count ->
        [one] sua tradução
       *[other] suas { $count } traduções
    }? Não é possível desfazer.

## Settings: developer

developer-heading = Desenvolvimento
developer-pseudo-locales = Oferecer pseudoidiomas no menu de idiomas
developer-pseudo-locales-hint = Textos acentuados (en-XA) e espelhados da direita para a esquerda (ar-XB) feitos a partir do inglês: um texto que continua em inglês comum nunca foi localizado, e um layout que quebra aqui também quebra num idioma de verdade.

## Translate workspace

tr-dashboard-heading = Traduções
tr-filter-missing = Faltando
tr-filter-outdated = Desatualizadas
tr-filter-locale = Idioma
tr-filter-all-locales = Todos os idiomas
tr-empty = Nenhuma matéria corresponde a estes filtros.
tr-overview-failed = Não foi possível listar as traduções: { $reason }
tr-state-missing = Faltando
tr-state-outdated = Desatualizada
tr-source-deleted = Original excluído
tr-source-deleted-note = O original desta tradução foi excluído. A tradução foi mantida.
tr-restore-source = Restaurar o artigo
tr-choose = Escolha à esquerda o idioma de uma matéria para traduzi-la.
tr-load-failed = Não foi possível abrir a tradução: { $reason }
tr-source-heading = Original · { $language }
tr-target-heading = Tradução · { $language }
tr-headline = Título
tr-standfirst = Linha fina
tr-block-label = Parágrafo { $n } da tradução
tr-before = Antes:
tr-cut-fixed = O corte fica onde o original o coloca: o que vem depois é para assinantes em todos os idiomas.
tr-cut-removed = O original não tem mais um corte aqui, então esta tradução também não.
tr-standfirst-missing = O original tem linha fina: traduza-a também, ou os leitores deste idioma ficarão sem.
tr-change-changed = Alterado desde que a tradução foi concluída
tr-change-added = Novo no original
tr-change-removed = Removido do original
tr-preview-show = Prévia
tr-suggestions-heading = Memória de tradução
tr-suggestions-hint = Coloque o cursor num parágrafo da tradução para ver traduções anteriores do original dele.
tr-suggestions-none = Nenhuma tradução anterior de um parágrafo parecido.
tr-suggestion-score = { $score }%
tr-suggestion-use = Usar esta tradução ({ $score }% de correspondência)

## Links between articles, and what the page will not have

article-link-title = Link para uma matéria
article-link-search = Buscar em títulos e textos
article-link-none = Nenhuma matéria corresponde
article-link-hint = O site leva à matéria no idioma de cada leitor, mesmo se o endereço dela mudar.
article-link-cancel = Cancelar
dropped-heading = Fora da página publicada
dropped-link = Linha { $line }: o link para
dropped-image = Linha { $line }: a imagem
dropped-why-scheme = um link leva a uma página web (https://…), a um e-mail (mailto:…) ou a uma página deste site (/…); esse tipo de endereço não é mantido
dropped-why-image-scheme = só imagens em endereços http ou https são mantidas
dropped-why-no-scheme = um endereço que começa com // leva a outro site sem dizer como: escreva https://
dropped-why-article-id = não é o identificador de uma matéria: insira o link com “Link para uma matéria”
dropped-why-relative-image = uma imagem precisa de um endereço completo (https://…) ou de ser inserida na redação
dropped-why-image-reference = esta referência de imagem da redação está danificada: insira a imagem de novo
dropped-why-malformed = não é um endereço (um espaço ou caractere de controle?)

## The header's newsroom sync
sync-progress = Sincronizando { $done } de { $total }
sync-starting = Conectando à redação…
sync-offline =
    { $waiting ->
        [0] Off-line
        [one] Off-line · 1 alteração aguardando
       *[other] Off-line · { $waiting } alterações aguardando
    }
sync-conflicts =
    { $count ->
        [one] 1 conflito a resolver
       *[other] { $count } conflitos a resolver
    }
sync-refused =
    { $count ->
        [one] 1 alteração recusada
       *[other] { $count } alterações recusadas
    }
sync-problem = A sincronização falhou
sync-waiting =
    { $count ->
        [one] 1 alteração aguardando
       *[other] { $count } alterações aguardando
    }
sync-synced = Sincronizado
sync-now = Sincronizar agora
sync-last = Última sincronização: { $when }

## Conflitos com a versão de outra mesa
merge-banner =
    { $count ->
        [one] { $who } alterou em outra mesa o mesmo trecho que você. Este texto não pode ser publicado até você resolver isso.
       *[other] { $who } alterou em outra mesa { $count } dos mesmos trechos que você. Este texto não pode ser publicado até você resolver isso.
    }
merge-resolve = Resolver…
merge-heading = Resolver o conflito ({ $language })
merge-intro = Cada trecho abaixo foi alterado aqui e em outra mesa. Escolha o que o texto mantém; o resto já está mesclado.
merge-side = { $who } · { $desk } · { $when }
merge-yours = Sua versão
merge-theirs = Versão de { $who }
merge-theirs-short = A outra versão
merge-base = Antes das duas alterações
merge-no-base = Começado separadamente nas duas mesas
merge-empty = (vazio)
merge-removed = (removido)
merge-clash-label = Trecho { $n }
merge-choose = Qual versão manter
merge-keep-mine = Manter a minha
merge-take-theirs = Usar a outra
merge-keep-both = Manter as duas
merge-edit = Editar
merge-result = O texto ficará
merge-all-mine = Manter todas as minhas
merge-all-theirs = Usar todas as outras
merge-field-title = Título
merge-field-standfirst = Linha fina
merge-field-body = Texto
merge-same =
    { $count ->
        [one] 1 parágrafo igual nos dois lados
       *[other] { $count } parágrafos iguais nos dois lados
    }
merge-left =
    { $count ->
        [0] Todos os trechos estão resolvidos
        [one] 1 trecho a resolver
       *[other] { $count } trechos a resolver
    }
merge-cancel = Cancelar
merge-save = Salvar a resolução
merge-failed = Não foi possível salvar a resolução: { $reason }
