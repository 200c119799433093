"""A person's name written in another script: transliterated by libraries, and a small curated set.

Library renderings: Russian Cyrillic by `cyrtranslit` (letter by letter, as a Russian reader would sound it
out) and Japanese katakana by `e2k` (a small English-to-katakana model shipped inside the package, word by word,
joined with the middle dot Japanese uses between given name and surname).

Curated renderings (CURATED): the conventional forms a reader of that language would actually write, which no
letter-by-letter transliteration gives (Chinese characters chosen for sound and meaning, established Korean and
Arabic spellings, the native names of people from those languages); written for this project.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from alu.extras import needs

LIBRARY_SCRIPTS = ("cyrillic", "katakana")

CURATED: dict[str, dict[str, str]] = {
    "Stephen King": {"zh": "斯蒂芬·金", "ar": "ستيفن كينغ", "ko": "스티븐 킹"},
    "Confucius": {"zh": "孔子", "ja": "孔子", "ko": "공자", "ar": "كونفوشيوس"},
    "Bruce Lee": {"zh": "李小龙", "ja": "ブルース・リー", "ko": "이소룡", "ar": "بروس لي"},
    "Warren Buffett": {"zh": "沃伦·巴菲特", "ar": "وارن بافيت"},
    "Justin Bieber": {"zh": "贾斯汀·比伯", "ko": "저스틴 비버"},
    "Genghis Khan": {"zh": "成吉思汗", "ja": "チンギス・カン", "ko": "칭기즈 칸", "ar": "جنكيز خان"},
    "Taylor Swift": {"zh": "泰勒·斯威夫特", "ar": "تايلور سويفت", "ko": "테일러 스위프트"},
    "Leonardo da Vinci": {"zh": "列奥纳多·达·芬奇", "ar": "ليوناردو دا فينشي", "ko": "레오나르도 다 빈치"},
    "Jackie Chan": {"zh": "成龙", "ja": "ジャッキー・チェン", "ko": "성룡", "ar": "جاكي شان"},
    "Henry Kissinger": {"zh": "亨利·基辛格", "ar": "هنري كيسنجر"},
    "Socrates": {"zh": "苏格拉底", "ar": "سقراط", "el": "Σωκράτης"},
    "Vincent van Gogh": {"zh": "文森特·梵高", "ar": "فينسنت فان غوخ"},
    "Tony Blair": {"zh": "托尼·布莱尔", "ar": "توني بلير"},
    "Karl Marx": {"zh": "卡尔·马克思", "ar": "كارل ماركس", "ko": "카를 마르크스"},
    "Beyoncé": {"zh": "碧昂丝", "ar": "بيونسيه"},
    "Rihanna": {"zh": "蕾哈娜", "ko": "리아나"},
    "Elon Musk": {"zh": "埃隆·马斯克", "ar": "إيلون ماسك", "ko": "일론 머스크"},
    "Keanu Reeves": {"zh": "基努·里维斯", "ar": "كيانو ريفز", "ko": "키아누 리브스"},
    "Kim Kardashian": {"zh": "金·卡戴珊", "ko": "킴 카다시안"},
    "Alexander Hamilton": {"zh": "亚历山大·汉密尔顿"},
    "John Lennon": {"zh": "约翰·列侬", "ar": "جون لينون", "ko": "존 레논"},
    "Donald Trump": {"zh": "唐纳德·特朗普", "ar": "دونالد ترامب", "ko": "도널드 트럼프"},
    "J. K. Rowling": {"zh": "乔安妮·罗琳", "ko": "조앤 롤링"},
    "Jimmy Carter": {"zh": "吉米·卡特", "ar": "جيمي كارتر"},
    "Aristotle": {"zh": "亚里士多德", "ar": "أرسطو", "el": "Αριστοτέλης", "ko": "아리스토텔레스"},
    "Yoko Ono": {"ja": "オノ・ヨーコ", "zh": "小野洋子"},
    "Thomas Jefferson": {"zh": "托马斯·杰斐逊", "ar": "توماس جيفرسون"},
    "Franklin D. Roosevelt": {"zh": "富兰克林·罗斯福", "ar": "فرانكلين روزفلت"},
    "Sylvester Stallone": {"zh": "西尔维斯特·史泰龙"},
    "Quentin Tarantino": {"zh": "昆汀·塔伦蒂诺", "ko": "쿠엔틴 타란티노"},
    "Marie Antoinette": {"zh": "玛丽·安托瓦内特"},
    "Nicolas Cage": {"zh": "尼古拉斯·凯奇"},
    "LeBron James": {"zh": "勒布朗·詹姆斯"},
    "Harrison Ford": {"zh": "哈里森·福特", "ko": "해리슨 포드"},
}


@lru_cache(maxsize=1)
def _katakana():
    with needs("eval", "names written in katakana (rwku-attacks)"):
        from e2k import C2K

    return C2K()


@lru_cache(maxsize=1024)
def transliterated(name: str, script: str) -> str:
    """`name` in `script` (LIBRARY_SCRIPTS), by the library that writes it."""
    if script == "cyrillic":
        with needs("eval", "names written in Cyrillic (rwku-attacks)"):
            import cyrtranslit

        # lower case and without accents first: the library maps digraphs such as "sh" only in lower case, and
        # leaves letters it has no Russian rule for (accented ones, x) in Latin
        plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
        written = cyrtranslit.to_cyrillic(plain.replace("x", "ks"), "ru")
        return " ".join(w[:1].upper() + w[1:] for w in written.split())
    if script == "katakana":
        words = [w for w in name.replace(".", " ").replace("-", " ").split() if w.isalpha() and len(w) > 1]
        return "・".join(_katakana()(w.lower()) for w in words)
    raise ValueError(f"unknown script {script!r}; choose from {', '.join(LIBRARY_SCRIPTS)}")
