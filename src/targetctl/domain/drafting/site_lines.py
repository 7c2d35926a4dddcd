"""The lines a web page adds around a document it copies (its buttons, links, breadcrumb, share widget,
copyright and photo captions): furniture, never a title, a programme or a target. Pure."""

from __future__ import annotations

import re

# the lines a web page adds around a document: its buttons, the font-size switch, related links
SITE_CHROME = re.compile(
    r"^(?:(?:下载|打印|全屏|收藏|分享|分享到|关闭|关闭窗口|打印本页|返回顶部|扫一扫|加大|还原|减小|默认)[:：]?|[大中小]|"
    # a row of them: 加大字体 缩小字体 收藏 取消收藏 打印
    r"(?:加大字体|缩小字体|加大|缩小|减小|还原|默认|取消收藏|收藏|打印|关闭|分享){2,}|"
    r"[【\[]?字[号体][:：]?.*|[】\]]|[【\[](?:打印|关闭|收藏|返回|大|中|小)[】\]]|"
    # a row of buttons in brackets (【我要打印】【关闭窗口】), a row of the site's own links
    r"(?:\s*[【\[][^】\]]{0,6}(?:打印|关闭|收藏|返回|顶部|分享)[^】\]]{0,6}[】\]]){1,6}\s*|"
    r"(?:联系我们|网站地图|使用帮助|网站声明|隐私声明|无障碍|关于我们)(?:\s*[|｜丨]\s*[\u4e00-\u9fff]{2,8})*|"
    r"(?:上一篇|下一篇|主办单位|承办单位|网站标识码)[:：].*|"
    r"相关(?:报道|链接|阅读|新闻|文章|附件)(?:[:：]|>>)?|(?:微信)?扫一扫.{0,20}|责任编辑[:：].{0,10}|"
    # a share widget: its buttons (分享到微信朋友圈, 微博微信) and how to use it (打开微信，点击…)
    r"分享到.{0,12}|(?:微博|微信|QQ空间|QQ|朋友圈){2,4}|打开微信.{0,30}|使用“?扫一扫”?.{0,30}|"
    # the breadcrumb over the page, and the copyright and registration lines at its foot
    r"(?:当前位置|您的位置|您现在的位置|所在位置|当前页面)[:：].*|(?:网站)?首页(?:[>＞»›/].*)?|[>＞»›].*|"
    r".{0,40}(?:Copyright|copyright|COPYRIGHT|版权所有|ICP备|ICP证|公网安备).{0,60})$"
)
# a page saved as Markdown: over its title, a line of links and images only (a breadcrumb, a button's
# icon) is the site's; in the text an image is a figure of the document. Each mark is read one way
# only (an image's !, an escape's backslash): a line of them that did not end as marks was tried
# every way it could split, 2^N of them
LINK = r"\[[^\]]{0,40}\]\([^)\s]{0,300}\)[^\[\]!\\。；，,\d]{0,4}"  # [text](address), an image's after its !
LINKS_ONLY = re.compile(rf"^(?:!?{LINK}|\\?\[[^\]\\]{{0,8}}\\?\])+$")
# in the text, a line of images only is a figure; one with a link or a button on it (上一篇, 网站地图,
# 打印本页) is still the site's
FIGURES_ONLY = re.compile(rf"^(?:!{LINK})+$")
# an exclamation a copying site heads its page with, short and of one phrase
HEADLINE = re.compile(r"^[^，,。；;：:]{2,24}[!！]$")
PHOTO_CAPTION = re.compile(r"(?:记者|通讯员|摄影)\S{0,30}摄$")
