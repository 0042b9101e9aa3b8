# Dateline site chrome. en-US is the reference locale.

site-home = 首页
latest-heading = 最新
no-articles = 这里还没有发布任何内容。
byline = 作者：{ $byline }
reading-time = 阅读约需 { $minutes } 分钟
language-chooser = 阅读语言
subscribe-heading = 继续阅读
subscribe-body = 本文其余部分仅向{ $tier }订阅用户开放。
subscribe-button = 订阅
signin-link = 登录
signin-heading = 登录
signin-email = 电子邮箱
signin-password = 密码
signin-submit = 登录
signin-failed = 该电子邮箱与密码不匹配任何账号。
signout-button = 退出登录
signed-in-as = 已登录为 { $email }（{ $tier }）
not-found-heading = 页面未找到
not-found-body = 此地址没有任何内容。
footer-text = 由 Dateline 发布。
sections-label = 栏目
breadcrumbs-label = 当前位置
subscribe-unavailable = 在线订阅尚未开放。如果你已是订阅用户，请登录。
form-expired-heading = 此表单已过期
form-expired-body = 为保障你的安全，表单仅在一段时间内有效。请返回、刷新页面后重试。
gone-heading = 文章已撤下
gone-body = 这篇文章已不再发布。
error-heading = 出错了
error-body = 无法显示此页面，请稍后再试。
form-expired-back = 返回表单

## Accounts: signing up

signin-no-account = 还没有账号？
signup-link = 立即注册
signup-heading = 创建账号
signup-intro = 账号免费。我们会向你发送一封电子邮件以确认地址。
signup-password-rules = 至少 { $min } 个字符，且不能是你的电子邮箱地址。
signup-submit = 创建账号
signup-have-account = 已有账号？
signup-email-invalid = 请输入有效的电子邮箱地址。
signup-password-short = 密码至少需要 { $min } 个字符。
signup-password-long = 密码太长。
signup-password-is-email = 密码不能是你的电子邮箱地址。
signup-confirm-heading = 确认你的账号
signup-confirm-body = 为 { $email } 创建账号？
signup-confirm-button = 创建我的账号
signup-again = 重新注册
signup-exists-heading = 你已经有账号了
signup-exists-body = 此地址已有账号，请用它登录。
check-inbox-heading = 请查看收件箱
check-inbox-sent = 我们已向 { $email } 发送了一封电子邮件。
check-inbox-signup = 请在 { $hours } 小时内打开邮件中的链接，完成账号创建。如果没有收到，请检查垃圾邮件文件夹。
check-inbox-newsletter = 请在 { $hours } 小时内打开邮件中的链接，确认你的订阅。如果没有收到，请检查垃圾邮件文件夹。
mail-failed-heading = 无法发送电子邮件
mail-failed-body = 我们这边出了问题，请几分钟后再试。
too-many-heading = 尝试次数过多
too-many-signin-body = 为保护账号安全，多次登录失败后将暂停登录。
too-many-mail-body = 从这里请求发送的电子邮件过多。
try-again-in = { $minutes ->
   *[other] 请在 { $minutes } 分钟后重试。
}
link-expired-heading = 此链接已失效
link-expired-body = 我们邮件中的链接有时效限制，部分链接只能使用一次。请重新申请，我们会给你发送新的链接。

## The account page

account-heading = 你的账号
account-welcome = 欢迎来到 { $site }！你的账号已准备就绪。
account-tier = 订阅
account-upgrade = 查看订阅方案
account-newsletter-on = 你已订阅新闻简报。
account-newsletter-pending = 你的订阅正在等待通过电子邮件确认。
account-newsletter-off = 你未订阅新闻简报。
account-newsletter-start = 订阅新闻简报
account-newsletter-stop = 退订新闻简报
account-session = 会话

## The newsletter

newsletter-heading = 新闻简报
newsletter-intro = { $site } 精选内容，直达你的收件箱。
newsletter-submit = 订阅
newsletter-privacy = 我们会先发送一封确认邮件。每封邮件都附有退订链接。
newsletter-again = 订阅新闻简报
newsletter-box-label = 通过电子邮件接收 { $site }
newsletter-email-placeholder = you@example.org
newsletter-box-button = 订阅
newsletter-confirm-heading = 确认你的订阅
newsletter-confirm-body = 将新闻简报发送到 { $email }？
newsletter-confirm-button = 是的，订阅
newsletter-confirmed-heading = 订阅成功
newsletter-confirmed-body = { $site } 的新闻简报将发送到 { $email }。
unsubscribe-heading = 退订
unsubscribe-body = 不再向 { $email } 发送新闻简报？
unsubscribe-button = 退订
unsubscribed-heading = 已退订
unsubscribed-body = 我们将不再向 { $email } 发送新闻简报。

## E-mails (plain text)

mail-signup-subject = 确认你在 { $site } 的账号
mail-signup-intro = 有人（希望是你）使用此电子邮箱地址申请了 { $site } 的账号。
mail-signup-action = 如需创建账号，请在 { $hours } 小时内打开此链接：
mail-signup-ignore = 如果不是你本人操作，请忽略此邮件：不会创建任何账号。
mail-exists-subject = 你在 { $site } 的账号
mail-exists-intro = 有人（希望是你）尝试使用此电子邮箱地址在 { $site } 创建账号，但该地址已有账号。
mail-exists-action = 如需登录，请打开：
mail-exists-ignore = 如果不是你本人操作，请忽略此邮件：你的账号没有任何变化。
mail-newsletter-subject = 确认订阅 { $site }
mail-newsletter-intro = 有人（希望是你）申请用此电子邮箱地址接收 { $site } 的新闻简报。
mail-newsletter-action = 如需确认，请在 { $hours } 小时内打开此链接：
mail-newsletter-ignore = 如果不是你本人操作，请忽略此邮件：你不会被订阅。
mail-subscribed-subject = 你已在接收 { $site } 的新闻简报
mail-subscribed-intro = 有人（希望是你）申请用此电子邮箱地址接收 { $site } 的新闻简报。
mail-subscribed-nothing = 此地址已经订阅，因此没有任何变化。
mail-footer = 如需停止接收 { $site } 的新闻简报，请打开：

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = 最新文章
feed-link = Atom 订阅源
skip-to-content = 跳到正文
page-number = 第 { $page } 页
subsections-label = 子栏目
pagination-label = 分页
newer-stories = 较新的文章
older-stories = 较早的文章
updated-on = 更新于
source-label = 来源：
tags-label = 标签
related-heading = 延伸阅读

## Password reset
signin-forgot = 忘记密码？
reset-heading = 设置新密码
reset-intro = 请输入你账号的电子邮箱地址。我们会发送一个用于设置新密码的链接。
reset-submit = 发送链接
reset-again = 重新获取链接
reset-password-intro = 为 { $email } 设置新密码。你在其他所有地方的登录都将退出。
reset-new-password = 新密码
reset-password-submit = 保存新密码
check-inbox-reset-sent = 如果 { $email } 属于某个账号，我们已向其发送了一封电子邮件。
check-inbox-reset = 请在 { $hours ->
   *[other] { $hours } 小时
}内打开邮件中的链接，设置新密码。如果没有收到，请检查垃圾邮件文件夹。
account-password-changed = 新密码已保存。你账号的其他所有会话均已退出。
mail-reset-subject = 为 { $site } 设置新密码
mail-reset-intro = 有人（希望是你）申请为 { $site } 上使用此电子邮箱地址的账号设置新密码。
mail-reset-action = 如需设置，请在 { $hours ->
   *[other] { $hours } 小时
}内打开此链接。该链接只能使用一次：
mail-reset-ignore = 如果不是你本人操作，请忽略此邮件：你的密码保持不变。
