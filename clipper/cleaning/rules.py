"""Indonesian news boilerplate, as data: each rule names the outlet it was seen on.

The cleaning pass (boilerplate.py) applies them paragraph by paragraph. A paragraph is one line of
scraped text or of trafilatura's output. Patterns are matched against the whole paragraph unless the
name says otherwise; all are case-insensitive.
"""

import re

from clipper.indonesian.lexicon import AUTHOR_LABELS, EDITOR_LABELS, one_of


def _rules(*patterns: str) -> re.Pattern:
    """One alternation of whole-paragraph patterns."""
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$", re.IGNORECASE)


# Elements pruned from the page before trafilatura looks for the main text, by one of their class
# names (whole names: a substring such as "ads" or "caption" also names containers that hold the whole
# article on some sites), by tag, or by id.
PRUNE_CLASSES = frozenset({
    "linksisip",  # detik: inline "Baca juga" table inside the story
    "baca-juga", "bacajuga", "read__also", "readalso", "inner-link-baca-juga",  # kompas, tribun, suara
    "ads", "advertisement", "iklan", "parallaxindetail", "scrollpage",  # ad slots (detik mid-story ad)
    "detail__body-tag", "tag-box", "tags",  # detik, kompas tag rows
    "caption", "pic_caption", "photo-caption", "wp-caption-text",  # photo captions
    "komentar", "comments",  # comment boxes
})
PRUNE_TAGS = frozenset({"figcaption"})
PRUNE_IDS = frozenset({"comments"})

# The elements Indonesian outlets keep the story in, where trafilatura's own container patterns do not
# name them (html.story_container, which takes one only when it holds most of the page's story text):
# kompas "read__content" and the older "kcm-read-text" (its byline table after it is read from the
# page's facts), detik "detail__body" and the older "text_detail", kapanlagi
# "entertainment-detail-news", tribunnews "txt-article", liputan6 "read-page__content-body", okezone
# "dtlnews", antara "content_news"
OUTLET_STORY = re.compile(r"\b(?:read__content|detail__body|text_detail|entertainment-detail-news|txt-article"
                          r"|read-page__content-body|dtlnews|content_news|kcm-read-text)\b")

NEXT_PAGE = r"halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|selanjutnya|next page"
PAGINATION = _rules(NEXT_PAGE)
# kompas prints the next page's opening words after "Halaman Selanjutnya" ("Sementara maskapai
# membutuhkan suku cadang…"); anywhere else a short line ending in an ellipsis is the writer's
NEXT_PAGE_TEASER = re.compile(r"^[^\"“”]{1,100}…$")

# A paragraph that is boilerplate wherever it stands.
DROP = _rules(
    r"advertise?ment|advertising|iklan",  # liputan6 "Advertisement", tempo "Advertising"
    r"scroll to (?:continue|resume)(?: with)? content",  # cnnindonesia, detik
    r"(?:scroll|gulir)(?: ke bawah)? untuk (?:melanjutkan|membaca|lanjut)(?: membaca)?",  # detik, kumparan
    r"baca(?:\s+juga)?\s*[:.]?|baca\s+juga\b.*|baca\s*:.*",  # "Baca Juga", "Baca: ...", "BACA JUGA: ..." (all)
    r"lihat juga\s*(?:video)?\s*:.*",  # detik "Lihat juga Video: ..."
    r"(?:simak|tonton|saksikan)\s+juga\s*:.*|\(\s*baca(?:\s+juga)?\s*:.*\)",  # "Simak juga: ...", "(Baca juga: ...)"
    r"baca artikel \S+,?\s.*selengkapnya.*",  # detik network: 'Baca artikel detiknews, "..." selengkapnya URL'
    r"(?:ikuti|follow|cek|simak|baca|dapatkan|update)\b.{0,80}\bdi google news.*",  # "Follow ... di Google News"
    r"dengarkan artikel ini|(?:download|unduh) aplikasi.*|klik di sini.*",  # promos
    r"video\s*:.*",  # a video caption line, as "Foto: ..."
    r"\[gambas:[^\]]*\]",  # detik "[Gambas:Video 20detik]"
    r"(?:simak|saksikan|tonton)\s+(?:juga\s+)?video.*",  # detik "Simak Video", liputan6 "Saksikan Video Pilihan"
    r"\d+\s+dari\s+\d+\s+halaman",  # liputan6 "2 dari 2 halaman"
    NEXT_PAGE,  # kompas, tribun
    r"halaman\s*:?\s*[\d\s]+(?:show all|lihat semua)?|show all|tampilkan semua",  # kompas pagination
    r"load more\.*|muat lebih banyak|lihat selengkapnya",  # viva
    r"baca berita tanpa iklan.*|gabung kompas\.com\+.*",  # kompas paywall promo
    # "Baca berita terkini dan terpercaya di ..." (promos under many stories)
    r"baca (?:berita|artikel)(?: dan artikel)? (?:terkini|terbaru|menarik|lain(?:nya)?)\b.*",
    # the comment box's disclaimer (detik, tribun, suara): "Komentar Anda sepenuhnya menjadi tanggung jawab ..."
    r"(?:disclaimer\s*:?\s*)?(?:setiap |semua )?komentar\b.{0,80}\btanggung ?jawab\b.*",
    r"(?:copyright\s*)?©.*|copyright.*(?:reserved|\d{4}).*",  # antara, okezone footers
    r"share|bagikan|\+ share|tweet|komentari artikel ini|berikan komentar anda|login untuk komentar",
    r"(?:\d+[.,]?\d*\s+)?(?:views?|shares?|kali dibaca|dibaca [\d.,]+ kali)",  # antara "1.229 Views"
    r"dibaca\s+[\d.,]+\s+kali",  # kompas "dibaca 53,203 kali"
    r"foto\s*:.*|kredit\s*:.*|credit\s*:.*|dok(?:umentasi)?\s*\.?\s*:.*",  # caption credit lines
    r"\(?\s*(?:antara\s+foto|foto|dok)\s*/[^)]*\)?",  # "(ANTARA FOTO/Budi Setya)"
    r"(?:[\w.]+\.com|antara|reuters|afp)\s*/\s*[\w. ]+",  # "Antara/Teresia May" photo credit (republika)
    r"rate artikel ini|beri nilai artikel ini|credits?\s*\(\d+\)|comment\s*\(\d+\)",  # liputan6
    r"sukses|tautan (?:berhasil )?disalin|link copied|copy link|salin tautan",  # share-button toasts
    one_of(AUTHOR_LABELS + EDITOR_LABELS),  # a bare label (okezone "Jurnalis")
    r"#\s*\S.*",  # hashtag tags "#Benjamin Bukit" (tribunnews, republika)
    r"(?:jangan sampai ketinggalan|dapatkan) (?:berita|update).*",  # liputan6, kompas newsletter promo
    r"simak breaking news.*|pilih saluran andalanmu.*",  # kompas WhatsApp channel promo
    r"\d+\s+(?:detik|menit|jam|hari)\s+(?:yang\s+)?lalu",  # "12 jam lalu" in related lists (tempo)
    r"powered by.*",
    r"(?:berita|artikel)\s+(?:lain(?:nya)?|terkait)\s*[-–:].*",  # goal "BERITA LAIN - <a headline>"
    # an outlet describing itself under each story (dailysocial "DailySocial.id adalah portal berita ...")
    r"[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|co)\s+(?:adalah|merupakan)\s+(?:portal|situs|media|platform)\b.*",
)

# A bare label that announces links to other stories: the headlines right after it are those links
# (kumparan "Baca Juga:" then three headlines, each a line of its own)
LINK_LABEL = _rules(r"(?:baca|simak|lihat)(?:\s+juga)?\s*:?|berita\s+(?:terkait|lainnya|lain)\s*:?|related\s*:?")

# Markers a scraper leaves where a link box was, glued to real text (suara "Baca_Juga Sejauh ini, ..."),
# and a label in capitals with its headline glued to the end of a paragraph (goal "... Wilmslow,"
# konfirmasi pihak berwajib. BERITA LAIN - Wayne Rooney, Legenda Inggris Tanggung"): cut, the rest kept
GLUED_MARKER = re.compile(r"^baca_juga\b\s*", re.IGNORECASE)
GLUED_LINK = re.compile(r"(?<=[.!?\"”])\s+(?:BERITA LAIN(?:NYA)?|BERITA TERKAIT|BACA JUGA|SIMAK JUGA|LIHAT JUGA)"
                        r"\s*[-–:].*$")

# The signature line of an embedded tweet: "— The GRAMMYs (@TheGRAMMYs) February 16, 2016" (viva)
TWEET_SIGNATURE = re.compile(r"^[-–—]\s*.{1,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$")

# A paragraph after which the story is over: related lists, tags, comments, sign-offs.
END = _rules(
    r"berita\s+(?:terkait|lainnya|rekomendasi|pilihan|populer|terpopuler|terbaru)\s*:?",  # tempo, antara, okezone
    r"kumpulan berita terkait\s*:?|artis terkait|terkait|related(?: news| posts?| articles?)?",  # kapanlagi, viva
    r"jangan lewatkan\s*:?|rekomendasi untuk (?:anda|kamu)|baca artikel menarik lainnya",  # kapanlagi, kompas, viva
    r"tags?\s*:.*|tags?|topik\s*:.*",  # tag rows
    r"komentar(?: pembaca)?|komentari artikel ini|\d+\s+komentar",  # antara, viva
    r"terpopuler|terkomentari|popular videos|news feed|index berita|- index berita -",  # kompas, liputan6
    r"baca selengkapnya",  # tempo related list
    r"saksikan video pilihan.*|saksikan live streaming.*",  # liputan6 sign-off
    r"okezone hari ini|berita lainnya",
    r"topik menarik|terkini|berita populer",  # related blocks (kompas, tribun)
)

# Editor initials that sign off a story: "(Ysl)", "(age)", "(vyp/kna)", "[ian]", "(Mvi/Ali)", "(kpl/pur/tch)".
# All-capital single tokens such as "(KPAI)" are acronyms, not initials.
INITIALS = re.compile(
    r"\s*[\(\[](?:(?:[a-z]{2,4}|[A-Z][a-z]{1,3})|[A-Za-z]{2,4}(?:\s*/\s*[A-Za-z]{2,4}){1,3})[\)\]]\s*$"
)
# The same sign-off written right after a paragraph's last sentence, in the forms that only a sign-off
# takes there: an editor's code word or letter ("... ucap Sofian. (embun)", "... tersipu. (B)") and an
# agency in square brackets ("... ujarnya. [Antara]", "... triliun. [Yonhap]"); after a full stop, so
# "(KPAI)" in a sentence and a heading's "[edit]" are left alone
# A reporter signs off in brackets the same way, with a full name ("... kata dia. (Luh Wayanti)", bali)
SENTENCE_SIGN_OFF = re.compile(r"(?<=[.!?\"”])\s*(?:\((?:[a-z]{2,6}|[A-Z])\)|\[(?P<agency>[A-Z][\w.]{1,20})\]"
                               r"|\((?P<reporter>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\))\s*$")

# A sign-off in capitals after the last paragraph: the reporter ("DEWI RINA", tempo) or the agency
# or partner the story came from ("BISNIS", "ANTARA" on tempo), the latter kept as a credit.
CAPS_SIGN_OFF = re.compile(r"^[A-Z][A-Z.']+(?:[ /|]+[A-Z][A-Z.']+){0,3}$")
