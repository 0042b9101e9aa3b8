# Dateline desk interface strings. en-US is the reference locale.

app-title = Dateline
articles-heading = 文章
article-new = 新建文章
article-untitled = 无标题
articles-empty = 还没有文章。点击“新建文章”开始写作。
state-draft = 草稿
state-in-review = 审核中
state-ready = 就绪
state-scheduled = 已定时
state-published = 已发布
state-unpublished = 已撤下
articles-load-failed = 无法加载文章：{ $reason }
article-open-failed = 无法打开文章：{ $reason }
article-create-failed = 无法新建文章：{ $reason }
editor-title-label = 标题
editor-title-placeholder = 输入标题
editor-body-label = 正文（Markdown）
editor-section-label = 栏目
editor-tier-label = 访问权限
editor-empty = 选择一篇文章，或新建一篇。
preview-heading = 预览
preview-paywall-band = 以下内容仅限订阅用户
preview-words =
    { $count ->
       *[other] { $count } 字
    }
preview-reading = 阅读约需 { $minutes } 分钟
preview-failed = 无法预览：{ $reason }
save-state-saving = 正在保存…
save-state-saved = 已保存
save-state-failed = 未保存：{ $reason }
publish-button = 发布
publish-sending = 正在发布…
publish-done = 已发布到 { $url }
publish-failed = 未发布：{ $reason }
site-connected = 站点：{ $name }
site-offline = 无法访问站点；显示的是上次连接时的订阅等级。
site-none = 未连接站点：请在“设置”中添加。
keyring-unavailable = 没有系统密钥环：发布功能已关闭。API 令牌绝不会保存在其他地方。
language-label = 语言

## The article list: search, filters, import

search-label = 搜索文章
search-placeholder = 搜索标题和正文
search-loading = 正在加载…
search-failed = 搜索失败：{ $reason }
search-empty = 没有符合搜索条件的内容。
search-count =
    { $count ->
       *[other] { $count } 篇文章
    }
search-more = 显示更多（{ $shown } / { $total }）
hit-locale-title = 在{ $language }文本中找到
filters-toggle = 筛选
filters-toggle-count = 筛选（{ $count }）
filter-any = 全部
filter-state = 状态
filter-section = 栏目
filter-locale = 语言
filter-tag = 标签
filter-author = 署名
filter-author-placeholder = 任何人
filter-reset = 清除筛选
sort-label = 排序方式
sort-relevance = 最佳匹配
sort-updated = 最近修改
sort-title = 标题 A–Z
import-button = 导入 Markdown…
import-running = 正在导入…
import-files = Markdown 文件…
import-folder = Markdown 文件所在的文件夹…
import-dialog-files-title = 导入 Markdown 文件
import-dialog-folder-title = 导入 Markdown 文件夹
import-filter-name = Markdown
import-failed = 无法导入：{ $reason }
import-report-title = 导入
import-report-imported =
    { $count ->
        [0] 没有导入任何文章。
       *[other] 已导入 { $count } 篇文章。
    }
import-report-more = 以及另外 { $count } 个
import-report-failed =
    { $count ->
       *[other] { $count } 个文件未能导入：
    }
drop-hint = 拖入 Markdown 文件或文件夹即可导入；把图片拖到正文上即可添加图片。

## The editor

editor-region = 编辑器
toolbar-label = 格式
tooltip-with-shortcut = { $action }（{ $shortcut }）
format-heading = 小标题
format-bold = 粗体
format-italic = 斜体
format-link = 链接
format-quote = 引用
format-list = 列表
format-image = 图片
format-article-link = 链接到文章
format-paywall = 付费墙分隔
image-dialog-title = 插入图片
image-filter-name = 图片
image-failed = 无法添加图片：{ $reason }
image-no-article = 请先打开一篇文章再添加图片。
focus-mode = 专注模式
focus-mode-leave = 退出专注模式（Esc）
focus-mode-hint = 按 Esc 退出专注模式
more-actions = 更多操作
export-button = 导出…
export-dialog-title = 将文章导出到文件夹
export-done =
    { $count ->
       *[other] 已将 { $count } 个文件导出到 { $dir }
    }
export-failed = 无法导出：{ $reason }
delete-button = 删除…
delete-confirm = 删除“{ $title }”？删除后可立即撤销。
delete-confirm-yes = 删除
delete-done = 已删除“{ $title }”。
delete-failed = 无法删除：{ $reason }
undelete-failed = 无法恢复文章：{ $reason }
undo = 撤销
cancel = 取消
dismiss = 关闭
workflow-to-review = 提交审核
workflow-to-draft = 退回草稿
workflow-failed = 无法更改状态：{ $reason }
snapshot-done = 版本已保存。
snapshot-failed = 无法保存版本：{ $reason }

## Details of an article

metadata-heading = 详细信息
metadata-empty = 导语、署名、标签、网址别名、来源链接
metadata-standfirst = 导语
metadata-standfirst-placeholder = 标题下方的摘要
metadata-byline = 署名
metadata-byline-placeholder = 作者
metadata-tags = 标签
metadata-tags-placeholder = 输入标签后按 Enter
metadata-tags-count =
    { $count ->
       *[other] { $count } 个标签
    }
metadata-tag-remove = 移除标签 { $tag }
metadata-source = 来源链接
metadata-source-placeholder = https://…（转载稿件）
metadata-source-invalid = 这不是网址：必须以 http:// 或 https:// 开头。
metadata-slug = 网址别名
metadata-slug-from-title = 根据标题生成
metadata-slug-follows = 在你修改之前，会随标题自动更新。
metadata-slug-own = 手动设置。
metadata-slug-locked = 已发布：修改网址别名会改变文章的网址。

## History

revisions-button = 历史记录
revisions-heading = 历史记录
revisions-close = 关闭历史记录
revisions-loading = 正在加载历史记录…
revisions-empty = 还没有任何版本。
revisions-failed = 无法加载历史记录：{ $reason }
revisions-hint = 选择一个版本与最新版本比较；再勾选一个版本可比较这两个版本。
revision-compare = 与此版本比较
revision-kind-autosave = 自动保存
revision-kind-named = 已保存的版本
revision-kind-workflow = 状态变更
revision-kind-restore = 已恢复
revision-restored-from = 来自 { $when } 的版本
revision-kind-import = 已导入
revision-kind-merge = 已合并
revision-you = 你
revision-this-desk = 本工作台
revision-other-desk = 工作台 { $desk }
revision-someone = 某人
revisions-diff-heading = 从 { $from } 到 { $to }
revisions-diff-same = 这两个版本之间没有差异。
revisions-diff-skip =
    { $count ->
       *[other] … { $count } 个未改动的词 …
    }
revisions-diff-failed = 无法比较：{ $reason }
restore-revision = 恢复此版本
restore-failed = 无法恢复：{ $reason }
restore-done = 版本已恢复；恢复前的文本也保留在历史记录中。
snapshot-button = 保存版本
snapshot-label-placeholder = 为此版本命名（可选）

## Trouble with the desk's database

trouble-disk-full = 磁盘已满。你的文本仍在这里，一旦有空间就会保存。
trouble-read-only = 编辑台的数据库为只读：无法保存任何内容。请导出文章以便保留。
trouble-locked = 另一个程序正在占用编辑台的数据库。稍后将再次尝试保存。
trouble-damaged = 编辑台的数据库已损坏。请尽量导出内容，并保留数据库文件以便修复。
trouble-retry = 立即重试
trouble-export = 导出此文章…

## Why something failed, by the desk's error code ({ $detail } stays in English).

desk-error-not-found = 已不存在（{ $detail }）
desk-error-invalid = 编辑台未接受（{ $detail }）
desk-error-storage = 编辑台的数据库出错（{ $detail }）
desk-error-keyring = 系统密钥环已锁定、不存在或拒绝了请求（{ $detail }）
desk-error-no-site = 尚未设置任何站点：请在设置中添加
desk-error-unauthorized = 站点拒绝了 API 令牌：请在设置中输入新的令牌（{ $detail }）
desk-error-forbidden = 你的角色无权这样做（{ $detail }）
desk-error-site-rejected = 站点拒绝了请求（{ $detail }）
desk-error-network = 无法连接站点（{ $detail }）
desk-error-conflict = 与文章的当前状态冲突（{ $detail }）
desk-error-disk-full = 磁盘已满；没有丢失任何内容，一有空间就会保存你的文本
desk-error-read-only = 无法写入编辑台的数据库（文件或其所在文件夹为只读）
desk-error-locked = 另一个程序占用着编辑台的数据库；没有丢失任何内容，请稍后重试
desk-error-damaged = 编辑台的数据库已损坏：请先导出能读取的内容（{ $detail }）

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline 无法打开其数据库
db-trouble-body =
    { $reason }

    没有任何内容被修改。你可以把所有仍可读取的文章导出到一个 Markdown 文件夹中。
db-trouble-export = 导出可读取的内容…
db-trouble-quit = 退出
db-rescue-done = 已将 { $written } 个文件导出到 { $dir }。有 { $failed } 个无法读取。

## Workspaces

views-label = 工作区
view-write = 写作
view-translate = 翻译
view-publish = 发布
view-settings = 设置

## Settings: sites

sites-heading = 站点
sites-lead = 此编辑台发布到的站点。每个站点的 API 令牌只保存在系统密钥环中，不会保存在其他地方；第一个站点为默认站点。
sites-empty = 还没有站点。请使用站点地址和站点运营者提供的 API 令牌添加站点。
sites-load-failed = 无法列出站点：{ $reason }
site-add-heading = 添加站点
site-url-label = 站点地址
site-token-label = API 令牌
site-token-hint = 令牌会先经站点验证，然后保存到系统密钥环中，之后不会再次显示。
site-add = 添加站点
site-adding = 正在验证…
site-default = 默认
site-test = 测试连接
site-testing = 正在测试…
site-test-ok = 已连接：以下描述刚从站点获取。
site-remove = 移除
site-remove-confirm = 从此编辑台移除 { $name } 及其令牌？文章会保留，站点本身不受影响。
site-remove-yes = 移除站点
site-remove-pending = 发件箱中仍有此站点的操作。请先发送或取消它们。
site-remove-failed = 无法移除站点。
site-role = 令牌角色
site-locales = 语言
site-sections = 栏目
site-tiers = 订阅等级
site-time-zone = 时区
site-time-zone-unknown = 站点未提供（日期使用 UTC）
site-last-seen = 最近连接
site-never-seen = 从未
site-not-described = 编辑台尚未收到此站点的信息：请测试连接。
site-problem-invalid = 该地址或令牌无法使用。
site-problem-unauthorized = 站点不接受此令牌。
site-problem-forbidden = 此令牌无权在站点上执行该操作。
site-problem-network = 无法访问站点。
site-problem-keyring = 系统密钥环不可用，因此无法保存令牌。
site-problem-rejected = 站点拒绝了请求。
site-problem-not-found = 编辑台不认识此站点。
site-problem-no-site = 尚未配置站点。
site-problem-other = 出错了。
role-writer = 撰稿人（不能发布）
role-translator = 译者（不能发布）
role-editor = 编辑

## Publish workspace: the queue

queue-heading = 发布队列
queue-site = 站点
queue-locale = 语言
queue-any = 全部
queue-empty = 没有处于此状态的文章。
queue-draft-note = 草稿仍在撰写中：作者在“写作”中点击“提交审核”将其送审。编辑也可以在这里直接发布草稿，检查项相同。
queue-select = 选择“{ $title }”
queue-select-all = 全选
bulk-publish =
    { $count ->
        [0] 发布所选文章
       *[other] 发布 { $count } 篇文章
    }
bulk-heading = 批量发布
bulk-progress = 已发送 { $done } / { $total } · { $pending } 篇等待中 · { $stopped } 篇需要处理
bulk-skipped =
    { $count ->
       *[other] 已略过 { $count } 篇文章
    }
bulk-failed = 批量发布失败：{ $reason }
publish-no-site = 还没有可发布的站点。
publish-go-settings = 在“设置”中添加站点
publish-choose = 从队列中选择一篇文章。

## Publish workspace: one article

publish-plan-failed = 无法准备发布：{ $reason }
publish-to = 发布到 { $site }
publication-live = 已上线，第 { $version } 版，自 { $when } 起
unsent-changes = 有尚未发布到站点的修改
unsent-changes-hint = 文章发布后已有修改：在“发布”中点击“更新”即可发送这些修改
publish-locales = 要发布的语言
text-source = 原文
text-outdated = 已过时
text-status-in-progress = 进行中
text-status-needs-review = 待审核
text-status-done = 已完成
publish-confirm-outdated = 我已知悉其中部分译文比原文旧，仍要发布。
publish-when = 时间
publish-now = 立即
publish-later = 指定日期和时间
schedule-date = 日期
schedule-time = 时间
schedule-zone = 时区
schedule-zone-site = 站点时间（{ $zone }）
schedule-zone-editor = 我的时间（{ $zone }）
schedule-site-clock = 读者（{ $zone }）
schedule-editor-clock = 你（{ $zone }）
schedule-past = 该时间已过：文章将立即发布。
publish-checks = 检查
publish-checks-clear = 没有任何问题。
check-error = 错误
check-warning = 警告
publish-blocked = 请先修正检查中的错误。
publish-blocked-outdated = 请先勾选关于过时译文的确认项。
publish-schedule = 定时发布
publish-update = 更新
publish-unpublish = 撤下
unpublish-confirm = 要将这篇文章从站点撤下吗？读者将无法再找到它；你以后可以重新发布。
publish-store-first = 文章未能先保存，因此没有发送任何内容。
publish-last-op = 上次操作
op-action-publish = 发布
op-action-unpublish = 撤下
op-next-attempt = 第 { $attempts } 次尝试失败；下次尝试：{ $when }
op-retry = 立即发送
op-cancel = 取消
op-resolve = 比较并选择…
op-scheduled-for = 发布时间：{ $when }
op-retrying = 正在重试（{ $attempts }）：{ $reason }
op-state-queued = 已排队
op-state-sending = 正在发送
op-state-done = 已完成
op-state-failed = 失败
op-state-conflict = 冲突
op-state-cancelled = 已取消
url-copy = 复制
url-copied = 已复制

## Preview as reader

reader-heading = 以读者身份预览
reader-locale = 预览语言
reader-kinds = 读者类型
reader-anonymous = 匿名读者
reader-sees-all = { $reader }会收到整篇文章。
reader-sees-part = { $reader }只会收到上方部分；标记的部分由站点保留不发送。
reader-hidden-label = 不发送给此读者
reader-failed = 无法进行读者预览：{ $reason }

## The outbox

outbox-heading = 发件箱
outbox-badge-title = { $pending } 项等待发送，{ $attention } 项需要你处理
outbox-empty = 发件箱为空。
outbox-failed = 无法读取发件箱：{ $reason }
conflict-heading = 冲突
conflict-explain = 站点上“{ $title }”的版本（第 { $version } 版）比此编辑台上次看到的更新：有人修改过它。没有覆盖任何内容。请比较两者后选择。
conflict-keep-mine = 保留我的版本
conflict-keep-mine-explain = 将此编辑台的版本发送到站点，替换站点上的版本。对方的修改将从站点上丢失。
conflict-take-theirs = 采用站点版本
conflict-take-theirs-explain = 用站点的版本替换此编辑台的文本，不发送任何内容。你未发送的修改会保留在修订历史中。
conflict-theirs-gone = 站点上已没有这篇文章，因此没有可采用的版本。
conflict-theirs-unpublished = 站点已撤下这篇文章：保留此编辑台的版本会重新发布它；采用站点的版本则会在这里将其记为已撤下。
conflict-keep-mine-blocked = 无法按原样发送：{ $reasons }
conflict-only-differences = 仅显示差异
conflict-mine = 此编辑台
conflict-theirs = 站点（第 { $version } 版）
conflict-same = 两个版本相同。
conflict-field-tier = 访问权限
conflict-field-section = 栏目
conflict-field-publish-at = 发布时间
conflict-field-title = 标题
conflict-field-standfirst = 导语
conflict-field-slug = 网址别名
conflict-field-body = 正文

## Notifications

toast-published = “{ $title }”已发布。
toast-unpublished = “{ $title }”已从站点撤下。
toast-op-failed = “{ $title }”未发送：{ $reason }
toast-op-conflict = “{ $title }”：站点上有更新的版本。没有覆盖任何内容。
toast-open-outbox = 打开发件箱
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = 批量发布完成：{ $total } 篇文章中有 { $done } 篇已在站点上。
notify-batch-stopped = 批量发布完成：{ $total } 篇文章中有 { $stopped } 篇需要在发件箱中处理。

## Translations in the editor

texts-label = 文章的各语言文本
texts-failed = 无法列出文章的文本：{ $reason }
text-open-failed = 无法打开文本：{ $reason }
translation-add = 添加译文
translation-add-choose = 语言…
translation-add-failed = 无法开始翻译：{ $reason }
translation-status = 状态
translation-status-failed = 无法设置状态：{ $reason }
translation-outdated-note = 自标记为已完成以来，原文已有改动。
source-changes-show = 原文有哪些改动
source-change-same = 未改动
source-change-changed = 已修改
source-change-added = 新增
source-change-removed = 已删除
source-change-title = 标题
source-change-standfirst = 导语
translation-mark-current = 标记为最新

## Publish checks, by the desk's code (the desk's own words follow as detail)

check-site-unknown = 编辑台尚未收到此站点的信息
check-role = 此令牌无权发布
check-tier-unknown = 站点没有此订阅等级
check-section-missing = 未选择栏目
check-section-unknown = 站点没有此栏目
check-no-locale = 未选择语言
check-schedule-past = 定时发布的时间已过
check-no-text = 没有此语言的文本
check-locale-unknown = 站点不以此语言发布
check-no-headline = 没有标题
check-not-done = 译文未标记为已完成
check-outdated = 译文已过时
check-cut-missing = 此文本中没有付费墙分隔
check-cut-misplaced = 付费墙分隔没有位于与原文相同的段落之后
check-slug-taken = 网址已被占用
check-image-missing = 此编辑台上缺少一张图片
check-standfirst-missing = 原文有导语，但此文本没有
check-link-target-unpublished = 链接到一篇尚未发布到网站的文章
check-conflict = 与另一个工作台的版本冲突：请先解决冲突

## The Translate workspace: interface strings

translate-articles = 文章
translate-strings = 界面文字
strings-list-heading = 界面文字
strings-source = 文字来源
strings-source-sites = 网站
strings-source-folders = 之前打开的文件夹
strings-open-folder = 打开文字文件夹…
strings-folder-dialog-title = 与 locales/ 结构相同、内含 en-US 文件夹的文件夹
strings-file = 文件
strings-locale = 语言
strings-new-locale = 新语言代码，例如 it
strings-add-locale = 添加
strings-locale-invalid = “{ $locale }”不是语言代码（例如 it、pt-BR 或 zh-Hant）。
strings-filter = 显示
strings-filter-all = 全部消息（{ $count }）
strings-filter-todo = 待处理（{ $count }）
strings-search = 搜索 ID 和文字
strings-status-missing = 缺失
strings-status-translated = 已翻译
strings-status-warning = 警告
strings-status-error = 错误
strings-status-obsolete = 已废弃
strings-at-line = 第 { $line } 行，第 { $column } 列：
strings-loading = 正在打开文字…
strings-empty = 请选择网站或打开文字文件夹，再选择语言。
strings-none-match = 没有匹配的消息。
strings-pick = 在左侧选择一条消息进行翻译。
strings-draft = 未保存的草稿
strings-mode = 编辑方式
strings-mode-form = 字段
strings-mode-raw = Fluent 源码
strings-raw-not-valid = 无法将该 Fluent 源码显示为字段：{ $reason }
strings-revert = 还原
strings-save = 保存
strings-save-hint = Ctrl+S 保存；Ctrl+Enter 保存并打开下一条消息
strings-send = 发送到网站
strings-saved = 已保存。
strings-sent = 已发送，读者现在就能看到。
strings-writer-note = 你在此网站的令牌属于撰稿人：可以查看文字，但发送需要译者或编辑权限。
strings-conflict-heading = 在此期间有人修改了这些文字；对方和你的内容都没有被覆盖。
strings-reopen = 载入对方的修改后重新打开
strings-note = 给译者的说明
strings-reference = 参考 · { $language }
strings-obsolete-note = 参考中已没有这条消息。译文会保留，但不会在任何地方显示。
strings-value = 值
strings-plural-on = 每个复数类别一种形式，由 { $selector } 选择
strings-select-on = 由 { $selector } 选择
strings-default = 默认
strings-plural-example = 例如 { $number }
strings-preview = 使用示例值预览

## What the string checks found, by check code.

string-check-syntax = 这不是有效的 Fluent：{ $detail }
string-check-missing-default-variant = 某个选择器没有默认变体（请用 * 标出一个）
string-check-multiple-default-variants = 某个选择器有多个默认变体（*）
string-check-duplicate-id = { $what } 定义了两次；只有第一次有效
string-check-duplicate-attribute = { $what } 出现了两次
string-check-duplicate-variant = { $what } 有两个变体 { $key }
string-check-missing-message = { $what } 尚未翻译
string-check-obsolete-message = 参考中已没有 { $what }：不会显示
string-check-missing-term = 术语 { $what } 尚未翻译
string-check-obsolete-term = 参考中没有术语 { $what }
string-check-missing-value = { $what } 没有值，但参考有
string-check-obsolete-value = { $what } 有值，但参考只有属性
string-check-missing-attribute = 缺少属性 { $what }
string-check-obsolete-attribute = 参考中没有属性 { $what }
string-check-missing-variable = { $what } 没有显示参考中显示的 { $variable }
string-check-unknown-variable = { $what } 使用了 { $variable }，但程序从不提供它
string-check-missing-plural = { $what } 缺少此语言所需的复数变体 { $categories }
string-check-unused-plural = { $what } 有变体 { $key }，这是此语言没有的复数类别
string-check-variant-lost-variable = { $what } 的 { $key } 没有显示参考中同一变体显示的 { $variable }
string-check-empty-value = { $what } 为空
string-check-unknown-reference = { $what } 引用了未定义的 { $reference }
string-check-missing-reference = { $what } 没有像参考那样引用 { $reference }
string-check-obsolete-reference = { $what } 引用了 { $reference }，而参考没有
string-check-missing-file = { $locale } 没有 { $file }
string-check-obsolete-file = { $locale } 没有 { $file }：没有任何地方读取此文件

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = 有一个 { "{" } 没有闭合：请在“{ $near }”之后加上 { "}" }
string-syntax-unclosed-choice = “{ $near }”的变体没有闭合：请在最后一个变体之后单独一行加上 { "}" }
string-syntax-stray-brace = “{ $near }”中的 { "}" } 没有闭合任何内容：请删除它，或补上它应闭合的 { "{" }
string-syntax-bad-variable = 变量写作 $ 后紧跟变量名，变量名以字母开头，例如 { "{ $minutes }" }：请检查“{ $near }”
string-syntax-unclosed-string = 引号中的文字“{ $near }”没有闭合：请在行末之前加上 "
string-syntax-line-start = 这里的文字行不能以 [、* 或 . 开头：“{ $near }”。请把它接到上一行，或把该字符写成 { "{ \"[\" }" }
string-syntax-entry-start = “{ $near }”不属于任何消息：消息在行首以其 ID 和 = 开始，其余各行需要缩进
string-syntax-missing-equals = 消息以其 ID（一个由字母、数字、- 和 _ 组成的词）开头，后接 =：请检查“{ $near }”
string-syntax-bad-placeable = { "{ }" } 中应是变量（例如 { "{ $name }" }）、消息、术语或引号中的文字：请检查“{ $near }”
string-syntax-no-text = { $near } 的 = 之后没有文字
string-syntax-variant-line = 在 -> 之后，每个变体单独占一行：请在“{ $near }”之前换行
string-syntax-bad-variant-key = 变体的键是 [ 和 ] 之间的一个词或数字，例如 [one] 或 [other]：请检查“{ $near }”
string-syntax-bad-escape = 在引号中的文字里，\ 之后只能是 "、\ 或 \u00A0 这样的字符代码：请检查“{ $near }”
string-syntax-bad-selector = 选择器（-> 之前）只能是变量、数字或 NUMBER($count) 这样的函数：请检查“{ $near }”
string-syntax-function-call = 请检查“{ $near }”中的函数：函数名大写，参数写在 ( ) 中，无名参数在前，每个具名参数只出现一次，值为数字或引号中的文字
string-syntax-other = “{ $near }”附近不是有效的 Fluent

## The bin

bin-open = 回收站
bin-heading = 回收站
bin-empty = 回收站是空的。
bin-explain = 已删除的文章会在这里保留 30 天，之后由编辑台清除。仍在网站上、仍在发件箱中等待或已有译文的文章，会一直保留到你做出决定。
bin-deleted-on = 删除于 { $when }
bin-purge-on = 将于 { $when } 自动清除
bin-kept-published = 已保留：网站上仍在显示（请先撤下）
bin-kept-pending = 已保留：发件箱中仍有待处理的操作
bin-kept-translated = 已保留：已有译文
bin-restore = 恢复
bin-delete-forever = 永久删除
bin-confirm = 要永久删除“{ $title }”及其所有版本吗？此操作无法撤销。
bin-confirm-translated = 要永久删除“{ $title }”及其所有版本和{ $count ->
       *[other] { $count } 篇译文
    }吗？此操作无法撤销。

## Settings: developer

developer-heading = 开发者
developer-pseudo-locales = 在语言菜单中提供伪语言
developer-pseudo-locales-hint = 由英文生成的带重音（en-XA）和从右到左镜像（ar-XB）的文字：仍是普通英文的文字从未被本地化，在这里错乱的布局在真实语言中也会错乱。

## Translate workspace

tr-dashboard-heading = 翻译
tr-filter-missing = 缺少
tr-filter-outdated = 已过时
tr-filter-locale = 语言
tr-filter-all-locales = 所有语言
tr-empty = 没有符合这些筛选条件的文章。
tr-overview-failed = 无法列出翻译：{ $reason }
tr-state-missing = 缺少
tr-state-outdated = 已过时
tr-source-deleted = 原文已删除
tr-source-deleted-note = 此译文的原文已被删除，译文仍然保留。
tr-restore-source = 恢复这篇文章
tr-choose = 在左侧选择一篇文章的某种语言来翻译。
tr-load-failed = 无法打开翻译：{ $reason }
tr-source-heading = 原文 · { $language }
tr-target-heading = 译文 · { $language }
tr-headline = 标题
tr-standfirst = 导语
tr-block-label = 译文第 { $n } 段
tr-before = 修改前：
tr-cut-fixed = 分隔保持在原文的位置：其后的内容在每种语言中都仅供订阅者阅读。
tr-cut-removed = 原文此处已没有分隔，因此本译文也没有。
tr-standfirst-missing = 原文有导语：也请翻译导语，否则该语言的读者将看不到导语。
tr-change-changed = 翻译完成后已修改
tr-change-added = 原文新增
tr-change-removed = 已从原文删除
tr-preview-show = 预览
tr-suggestions-heading = 翻译记忆
tr-suggestions-hint = 将光标放在译文的某一段中，即可查看其原文以前的翻译。
tr-suggestions-none = 没有类似段落的以往翻译。
tr-suggestion-score = { $score }%
tr-suggestion-use = 使用此翻译（匹配度 { $score }%）

## Links between articles, and what the page will not have

article-link-title = 链接到文章
article-link-search = 搜索标题和正文
article-link-none = 没有匹配的文章
article-link-hint = 网站会以每位读者的语言链接到该文章，地址变更后链接依然有效。
article-link-cancel = 取消
dropped-heading = 不会出现在发布页面上
dropped-link = 第 { $line } 行：链接到
dropped-image = 第 { $line } 行：图片
dropped-why-scheme = 链接只能指向网页 (https://…)、电子邮件地址 (mailto:…) 或本站页面 (/…)；这类地址不会保留
dropped-why-image-scheme = 只保留 http 或 https 地址的图片
dropped-why-no-scheme = 以 // 开头的地址指向另一个网站但没有说明方式：请写 https://
dropped-why-article-id = 这不是文章 ID：请用“链接到文章”插入链接
dropped-why-relative-image = 图片需要完整地址（https://…）或插入到编辑台中
dropped-why-image-reference = 这个编辑台图片引用已损坏：请重新插入图片
dropped-why-malformed = 这不是地址（其中有空格或控制字符？）

## The header's newsroom sync
sync-progress = 正在同步 { $done } / { $total }
sync-starting = 正在连接编辑部…
sync-offline =
    { $waiting ->
        [0] 离线
       *[other] 离线 · { $waiting } 项更改等待中
    }
sync-conflicts =
    { $count ->
       *[other] { $count } 个冲突待解决
    }
sync-refused =
    { $count ->
       *[other] { $count } 项更改被拒绝
    }
sync-problem = 同步失败
sync-waiting =
    { $count ->
       *[other] { $count } 项更改等待中
    }
sync-synced = 已同步
sync-now = 立即同步
sync-last = 上次同步：{ $when }

## 与其他工作台版本的冲突
merge-banner =
    { $count ->
       *[other] { $who } 在另一个工作台修改了与你相同的 { $count } 处内容。解决之前，此文本不能发布。
    }
merge-resolve = 解决…
merge-heading = 解决冲突（{ $language }）
merge-intro = 下面每一处都在这里和另一个工作台被修改过。请选择文本保留的内容；其余部分已经合并。
merge-side = { $who } · { $desk } · { $when }
merge-yours = 你的版本
merge-theirs = { $who } 的版本
merge-theirs-short = 对方的版本
merge-base = 两处修改之前
merge-no-base = 在两个工作台分别开始
merge-empty = （空）
merge-removed = （已删除）
merge-clash-label = 第 { $n } 处
merge-choose = 保留哪个版本
merge-keep-mine = 保留我的
merge-take-theirs = 采用对方的
merge-keep-both = 两者都保留
merge-edit = 编辑
merge-result = 文本将是
merge-all-mine = 全部保留我的
merge-all-theirs = 全部采用对方的
merge-field-title = 标题
merge-field-standfirst = 导语
merge-field-body = 正文
merge-same =
    { $count ->
       *[other] 两边相同的段落 { $count } 段
    }
merge-left =
    { $count ->
        [0] 所有冲突都已解决
       *[other] 还有 { $count } 处待解决
    }
merge-cancel = 取消
merge-save = 保存解决结果
merge-failed = 无法保存解决结果：{ $reason }
