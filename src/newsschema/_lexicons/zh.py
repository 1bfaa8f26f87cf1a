"""Chinese, with the labels Japanese and Korean pages share.

The dates of these languages (``2018年6月18日 10:01``, ``2018년 6월 18일``) are all
numbers with unit characters; :mod:`newsschema._dates` reads them by their form.
"""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="zh",
    date_order=DateOrder.YMD,
    relative=Relative(
        after=("前", "전"),
        units=("分钟", "小时", "天", "分", "時間", "日", "분", "시간", "일"),
        words=("刚刚", "今天", "昨天", "今日", "昨日", "오늘", "어제"),
    ),
    labels=Labels(
        cookies=("cookie", "クッキー", "쿠키"),
        consent=(
            "接受", "全部接受", "接受全部", "同意", "我同意", "拒绝", "全部拒绝", "同意する",
            "すべて同意する", "すべて受け入れる", "拒否する", "設定", "동의", "모두 동의",
            "모두 허용", "동의합니다", "거부", "설정",
        ),
        site_links=(
            "关于我们", "關於我們", "联系我们", "聯絡我們", "隐私政策", "隱私政策", "隐私权政策",
            "用户协议", "免责声明", "版权声明", "网站地图", "广告服务", "加入我们", "会社概要",
            "お問い合わせ", "プライバシーポリシー", "利用規約", "サイトマップ", "広告掲載",
            "회사소개", "문의", "개인정보처리방침", "이용약관", "광고문의", "사이트맵",
        ),
        published=(
            "发布时间", "发布", "发表", "时间", "日期", "公開", "掲載", "입력", "등록", "게재",
        ),
        modified=("更新时间", "更新", "修改", "수정", "업데이트"),
        photo=("图", "图片", "摄影", "摄", "照片", "写真", "사진"),
        source=("来源", "出处", "原文链接", "出典", "출처"),
        tags=("标签", "关键词", "关键字", "태그", "キーワード"),
        read_more=("相关阅读", "延伸阅读", "相关新闻", "관련기사", "関連記事", "热门文章",
        "推荐阅读", "更多新闻", "最新新闻", "人気記事", "関連ニュース", "많이 본 뉴스", "추천 기사",
        "관련 뉴스",),
        share=("分享", "공유"),
        advertisement=("广告", "광고", "広告"),
        comments=("评论", "댓글", "コメント"),
        editor=("编辑", "责任编辑", "責任編集", "편집"),
    ),
    by=("记者", "作者", "文", "기자", "記者"),
)  # fmt: skip
