"""Indonesian speech vocabulary for quote attribution.

Speech verbs in the two positions news prose uses them: the bare cue after a
quote ("…," *ujar* Putin; *tambahnya*) and the ``meN-`` verb after a subject
(Putin *mengatakan* bahwa …). Also the pronouns that stand for a speaker, the
role words that precede a name ("juru bicara", "mantan duta besar"), the words
that name the medium a statement was given to or taken from ("kepada CCTV",
"dikutip dari AFP") and the generic subjects that never identify a speaker
("para pengamat"). Every list is lowercase and general: nothing here names a
particular article's people.
"""

from __future__ import annotations

import re

from kilas.lang.id.roles import SERVICE_RANKS

CUE_VERBS: frozenset[str] = frozenset(
    {
        "kata",
        "ujar",
        "ucap",
        "tutur",
        "ungkap",
        "terang",
        "jelas",
        "imbuh",
        "tambah",
        "lanjut",
        "sebut",
        "tegas",
        "papar",
        "tukas",
        "tandas",
        "pungkas",
        "seru",
        "klaim",
        "aku",
        "janji",
        "tanya",
        "jawab",
        "timpal",
        "bilang",
        "urai",
        "beber",
        "kilah",
        "ajak",
        "pinta",
        "desak",
        "harap",
        "tulis",
        "sambung",
        "tutup",
        "cetus",
        "kenang",
        "katanya",
        "ujarnya",
        "ucapnya",
        "tuturnya",
        "ungkapnya",
        "terangnya",
        "jelasnya",
        "imbuhnya",
        "tambahnya",
        "lanjutnya",
        "sebutnya",
        "tegasnya",
        "paparnya",
        "tukasnya",
        "tandasnya",
        "pungkasnya",
        "serunya",
        "klaimnya",
        "akunya",
        "janjinya",
        "tanyanya",
        "jawabnya",
        "timpalnya",
        "urainya",
        "bebernya",
        "kilahnya",
        "tulisnya",
        "cuit",  # a post on Twitter: "… ," cuit Trump
        "cuitnya",
        "harapnya",
        "sambungnya",
        "tutupnya",
        "cetusnya",
        "kenangnya",
        "cerita",
        "ceritanya",
        "kisah",
        "kisahnya",
        "pesan",
        "pesannya",
        "saran",
        "sarannya",
    }
)
"""Bare cue verbs that follow a quote (``"…," ujar X``); ``-nya`` forms carry the speaker."""

SAY_VERBS: frozenset[str] = frozenset(
    {
        "mengatakan",
        "menyatakan",
        "menegaskan",
        "menjelaskan",
        "mengungkapkan",
        "menambahkan",
        "menuturkan",
        "mengujarkan",
        "memaparkan",
        "menerangkan",
        "menyebut",
        "menyebutkan",
        "mengumumkan",
        "menilai",
        "meyakini",
        "menjawab",
        "mengklaim",
        "mengakui",
        "menekankan",
        "menandaskan",
        "mengimbuhkan",
        "melanjutkan",
        "berkata",
        "bertutur",
        "berujar",
        "berpendapat",
        "mengemukakan",
        "menyampaikan",
        "memandang",
        "memastikan",
        "mencontohkan",
        "merinci",
        "melaporkan",
        "menuliskan",
        "menulis",
        "memperingatkan",
        "menjanjikan",
        "berjanji",
        "mengingatkan",
        "membantah",
        "menampik",
        "menduga",
        "memperkirakan",
        "mengaku",
        "menuding",
        "menuduh",
        "mengeluhkan",
        "menanggapi",
        "menyimpulkan",
    }
)
"""``meN-``/``ber-`` speech verbs that follow their subject (``X mengatakan (bahwa) …``)."""

CONTENT_VERBS: frozenset[str] = frozenset(
    {
        "mengatakan",
        "menyatakan",
        "menegaskan",
        "menjelaskan",
        "mengungkapkan",
        "menambahkan",
        "menuturkan",
        "memaparkan",
        "menerangkan",
        "menyebut",
        "menyebutkan",
        "mengumumkan",
        "menilai",
        "meyakini",
        "menjawab",
        "mengklaim",
        "mengakui",
        "menekankan",
        "menandaskan",
        "mengimbuhkan",
        "berkata",
        "berpendapat",
        "mengemukakan",
        "memperingatkan",
        "mengingatkan",
        "membantah",
        "menduga",
        "memperkirakan",
        "mengaku",
        "menyimpulkan",
        "menyampaikan",
        "memandang",
        "memastikan",
        "mencontohkan",
        "merinci",
        "melaporkan",
        "menganggap",
        "menyarankan",
        "memprakirakan",
        "membeberkan",
        "beranggapan",
        "mengonfirmasi",
        "mengkonfirmasi",
        "mengulang",
        "mengulangi",
        "menuding",
        "menuduh",
    }
)
"""Verbs whose object clause is an indirect quote (the reported content)."""

LINKED_VERBS: frozenset[str] = frozenset(
    {"menulis", "menuliskan", "memberitahu", "memberitahukan", "memberi tahu"}
)
"""Verbs that report words only with a complementiser after them, maybe after a setting
or an addressee ("menulis dalam Psychology Today bahwa …", "memberitahu Perdana Menteri
Israel bahwa …"); "menulis buku" reports nothing."""

OBJECT_VERBS: frozenset[str] = frozenset(
    {
        "mengungkapkan",
        "menyampaikan",
        "mengumumkan",
        "menjawab",
        "melaporkan",
        "menjelaskan",
        "memaparkan",
        "merinci",
        "menyebutkan",
        "menekankan",
        "mengemukakan",
        "menerangkan",
        "mengakui",
        "mengklaim",
        "mengonfirmasi",
        "mengkonfirmasi",
        "mengulang",
        "mengulangi",
        "menuding",
        "menuduh",
    }
)
"""Speech verbs that often take a noun object ("mengumumkan tujuh kasus", "menjawab
beberapa pertanyaan"): with no comma or complementiser after them, their object is
reported only when it reads as a clause."""

SECURED: frozenset[str] = frozenset(
    {"diri", "dirinya", "tempat", "tiket", "gelar", "posisi", "kemenangan", "langkah", "lolos"}
)
"""Objects after which "memastikan" means secured, not said ("memastikan diri lolos ke final",
"memastikan tempat di babak 16 besar", "memastikan tiket ke Piala Asia")."""

QUANTIFIERS: frozenset[str] = frozenset(
    {"beberapa", "sejumlah", "berbagai", "segala", "seluruh", "semua", "para", "sebuah"}
    | {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}
    | {"sepuluh", "puluhan", "ratusan", "ribuan", "jutaan"}
)
"""Words that open a noun phrase, not a clause, after a speech verb ("tujuh kasus …")."""

PREDICATE_WORDS: frozenset[str] = frozenset(
    {
        "akan",
        "bakal",
        "telah",
        "sudah",
        "sedang",
        "masih",
        "adalah",
        "ialah",
        "merupakan",
        "bisa",
        "dapat",
        "harus",
        "tidak",
        "tak",
        "belum",
        "bukan",
        "perlu",
        "mampu",
        "ingin",
        "mau",
        "pernah",
        "sempat",
        "segera",
        "ada",
        "menjadi",
        "jadi",
        "sangat",
        "cukup",
        "lebih",
        "terus",
        "tetap",
        "agar",
        "supaya",
        "karena",
        "jika",
        "kalau",
    }
)
"""Words that mark a clause (an auxiliary, a copula, a negation, a conjunction): the
object of a speech verb holding one is reported speech, not a noun phrase."""

SPEECH_ACT_NOUNS: frozenset[str] = frozenset(
    {
        "pengakuan",
        "keterangan",
        "penjelasan",
        "pernyataan",
        "penuturan",
        "pendapat",
        "penilaian",
        "pandangan",
        "kesaksian",
        "pengamatan",
        "perkiraan",
        "versi",
        "informasi",
    }
)
RESEARCH_NOUNS: frozenset[str] = frozenset(
    {"penelitian", "studi", "riset", "kajian", "survei", "laporan"}
)
"""A study quoted with a cue ("ungkap penelitian dari X") speaks for the institution named
after "dari"/"oleh"; with none named ("terang penelitian ini") nobody is identified."""

"""Nouns of what someone said after "menurut" ("menurut pengakuan Rob", "menurut
keterangannya"): the speaker is the one named after the noun, or its "-nya"."""

KIN_WORDS: frozenset[str] = frozenset(
    {
        "kerabat",
        "keluarga",
        "istri",
        "suami",
        "ayah",
        "ayahanda",
        "ibunda",
        "anak",
        "kakak",
        "adik",
        "paman",
        "bibi",
        "kakek",
        "nenek",
        "cucu",
        "menantu",
        "mertua",
        "teman",
        "sahabat",
        "tetangga",
        "kekasih",
        "pacar",
        "orangtua",
        "orang",
    }
)
"""Lower-case words for someone related to the person named after them ("kerabat Echon",
"istri almarhum"): that person is not the speaker."""

PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "pria",
        "wanita",
        "perempuan",
        "lelaki",
        "laki-laki",
        "sosok",
        "pemuda",
        "gadis",
        "remaja",
        "pebalap",
        "petenis",
        "pebulu",
        "pebulutangkis",
        "pegolf",
        "pesepakbola",
        "atlet",
        "gelandang",
        "striker",
        "penyerang",
        "bek",
        "kiper",
        "musisi",
        "penyanyi",
        "presenter",
        "model",
        "pengusaha",
        "tokoh",
        "penulis",
        "sutradara",
        "produser",
        "desainer",
        "bos",
        "pebasket",
        "pesenam",
        "perenang",
        "pelari",
        "petinju",
        "pedangdut",
        "komedian",
        "selebritas",
        "vokalis",
        "gitaris",
        "penggawa",
        "juara",
        "pelantun",
        "pemeran",
        "pemilik",
        "pendiri",
    }
)
"""Head nouns of a description of a person ("pelatih asal Argentina tersebut", "pria
yang juga menjabat …"): such a phrase with no name refers to someone named before."""

ORG_PREFIXES: tuple[str, ...] = (
    "kemen",
    "ditjen",
    "dirjen",
    "pemkot",
    "pemprov",
    "pemkab",
    "pemda",
    "polres",
    "polda",
    "polsek",
    "kodam",
    "korem",
    "kodim",
    "kanwil",
    "dinkes",
    "diskes",
    "kadis",
    "kejagung",
    "kejati",
    "kejari",
    "lantamal",
    "lanal",
    "polri",
)
"""Starts of Indonesian institution acronyms ("Kemenkeu", "Pemprov", "Polda", "Kadiskes"):
such a word before a person's name is their office, not part of the name."""

PASSIVE_CUES: frozenset[str] = frozenset(
    {
        "dinilai",
        "dikatakan",
        "disebut",
        "disebutkan",
        "dijelaskan",
        "diungkapkan",
        "ditegaskan",
        "dipaparkan",
        "diakui",
        "disampaikan",
        "dikemukakan",
        "ditambahkan",
        "dianggap",
    }
)
"""Passive speech verbs whose agent follows (``Dinilai Indra, …``, ``dikatakannya``)."""

SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "ambisi",
        "harapan",
        "kekhawatiran",
        "keprihatinan",
        "rasa",
        "apresiasi",
        "penghargaan",
        "terima",
        "dukungan",
        "alasan",
        "pentingnya",
        "komitmen",
        "keinginan",
        "kekecewaan",
        "kesiapan",
        "kesediaan",
        "belasungkawa",
        "duka",
        "selamat",
        "ucapan",
        "permintaan",
        "keberatan",
        "penolakan",
        "syukur",
        "kekaguman",
        "optimisme",
        "keyakinan",
        "perlunya",
        "ungkapan",
    }
)
"""Nouns a speech verb takes as its object ("mengungkapkan ambisi …", "menyampaikan harapan
bahwa …"): no words are reported unless "bahwa" follows."""

SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "laporan",
        "portal",
        "situs",
        "laman",
        "kantor",
        "media",
        "harian",
        "koran",
        "majalah",
        "data",
        "catatan",
        "survei",
        "hasil",
        "riset",
        "jadwal",
        "rencana",
        "aturan",
        "undang-undang",
    }
)
"""Heads after "menurut" that name a source, not a speaker ("menurut laporan Reuters",
"menurut data BPS"): the source is quoted only when no one in the sentence speaks."""

DOCUMENT_WORDS: frozenset[str] = frozenset(
    {"undang-undang", "uu", "pasal", "peraturan", "perppu", "perpres", "permen", "perda"}
    | {"data", "tabel", "grafik", "foto", "video", "gambar", "dokumen"}
)
"""Heads of a subject that is a text, a law or data ("Undang-Undang Thailand tahun 1948
menjelaskan …", "Data Soompi menyebut …"): no one speaks."""

SPOKESPERSON_WORDS: frozenset[str] = frozenset(
    {"bicara", "jubir", "perwakilan", "humas", "spokesperson", "spokesman", "manajemen"}
)
"""Words for someone who speaks for an organisation: a nameless "seorang juru bicara
Google" quotes Google."""

INSTITUTIONS: frozenset[str] = frozenset(
    {
        "pemerintah",
        "polisi",
        "kepolisian",
        "pengadilan",
        "perusahaan",
        "kementerian",
        "parlemen",
        "militer",
        "tentara",
        "jaksa",
        "penyidik",
        "panitia",
        "penelitian",
        "studi",
        "riset",
        "survei",
        "otoritas",
        "aparat",
        "petugas",
        "pejabat",
        "pihak",
    }
)
"""Institutions named only by their kind, in lower case ("pemerintah telah menyatakan"):
no identifiable speaker. "Pemerintah Brazil" names one."""

NOT_SAID: frozenset[str] = frozenset(
    {"tidak", "tak", "belum", "enggan", "menolak", "bukan", "tanpa", "urung", "ogah", "segan"}
    | {"harus", "wajib", "perlu", "hendak", "berencana", "akan"}
)
"""Words that, just before a speech verb, say the words were not said ("enggan menyebutkan")
or not yet said ("harus menyatakan", "akan mengumumkan")."""

TOPIC_WORDS: frozenset[str] = frozenset({"tentang", "mengenai", "perihal", "seputar"})
"""Words after a speech verb that open its topic, not its content ("mengingatkan tentang …")."""

CLAUSE_LINKS: tuple[str, ...] = ("bahwa", "jika", "kalau", "apabila", "bila")
"""Complementisers that may open the reported clause after a speech verb."""

PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau", "nya", "dirinya"})
"""Third-person singular pronouns (and the clitic) that stand for an earlier speaker."""

PLURAL_PRONOUNS: frozenset[str] = frozenset({"mereka", "keduanya"})
"""Plural pronouns: resolved to the last speaker only when nothing better is known."""

FIRST_PERSON: frozenset[str] = frozenset({"saya", "aku", "kami", "kita"})
"""First-person subjects: inside a quote they are the speaker, outside they are the writer."""

SECOND_PERSON: frozenset[str] = frozenset({"anda", "kamu", "kalian", "engkau", "kau"})
"""Second-person words: a subject holding one ("nurani Anda", "Ibu Anda") is the reader, a
generic someone, never an identifiable speaker."""

ADVERBS: frozenset[str] = frozenset(
    {
        "juga",
        "pun",
        "pula",
        "sebelumnya",
        "kemudian",
        "lalu",
        "telah",
        "sudah",
        "pernah",
        "lantas",
        "bahkan",
        "kembali",
        "langsung",
        "sendiri",
        "akan",
        "tak",
        "tidak",
        "secara",
        "terpisah",
        "sempat",
        "menambahkan",
        "lebih",
        "lanjut",
        "selanjutnya",
        "saat",
        "itu",
        "ini",
        "tersebut",
    }
)
"""Words between a subject and its verb that are not part of the subject."""

ROLE_WORDS: frozenset[str] = (
    frozenset(
        {
            "presiden",
            "wakil",
            "menteri",
            "menlu",
            "menkeu",
            "direktur",
            "dirut",
            "utama",
            "ketua",
            "kepala",
            "juru",
            "bicara",
            "jubir",
            "sekretaris",
            "mantan",
            "eks",
            "duta",
            "besar",
            "dubes",
            "gubernur",
            "bupati",
            "wali",
            "kota",
            "walikota",
            "anggota",
            "pengamat",
            "analis",
            "peneliti",
            "ekonom",
            "pakar",
            "ahli",
            "guru",
            "dosen",
            "profesor",
            "rektor",
            "kapolri",
            "kapolda",
            "kapolres",
            "kapolsek",
            "panglima",
            "komandan",
            "kasat",
            "kabid",
            "kasubdit",
            "dirjen",
            "deputi",
            "staf",
            "khusus",
            "asisten",
            "manajer",
            "pelatih",
            "pol",
            "inspektur",
            "pemain",
            "penyanyi",
            "aktor",
            "aktris",
            "artis",
            "warga",
            "perdana",
            "raja",
            "ratu",
            "pangeran",
            "senator",
            "politisi",
            "politikus",
            "legislator",
            "kuasa",
            "hukum",
            "pengacara",
            "jaksa",
            "hakim",
            "komisioner",
            "pendiri",
            "founder",
            "ceo",
            "cfo",
            "chairman",
            "komisaris",
            "bendahara",
            "koordinator",
            "kabag",
            "kasubag",
            "humas",
            "kasi",
            "plt",
            "plh",
            "pj",
            "ir",
            "dr",
            "drs",
            "prof",
            "h",
            "hj",
            "kh",
            "bapak",
            "ustad",
            "ustaz",
            "ustadz",
            "uztad",
            "kiai",
            "kyai",
            "habib",
            "syekh",
            "ibu",
            "pak",
            "bu",
            "sang",
            "si",
            "tuan",
            "nyonya",
            "sdr",
            "saudara",
            "pemimpin",
            "pimpinan",
            "petinggi",
            "pejabat",
            "senior",
            "tinggi",
            "kepolisian",
            "polisi",
            "kementerian",
            "luar",
            "negeri",
            "dalam",
            "keuangan",
            "pertahanan",
            "dewan",
            "keamanan",
            "bidang",
            "divisi",
            "umum",
            "eksekutif",
            "executive",
            "manager",
            "director",
            "chief",
            "officer",
            "spokesperson",
            "spokesman",
            "head",
            "vice",
            "president",
            "general",
            "marketing",
            "operating",
            "technology",
            "financial",
            "product",
            "managing",
            "partner",
            "co-founder",
            "cofounder",
            "country",
            "pelaksana",
            "tugas",
            "harian",
            "kepresidenan",
            "untuk",
            "dari",
            "di",
        }
    )
    | SERVICE_RANKS
)
"""Words of a role or title before a name ("juru bicara kementerian luar negeri")."""

RANK_WORDS: frozenset[str] = SERVICE_RANKS
"""Police and military ranks: written right before a name ("Kompol Purnomo"), they open the
name part of an appositive, not its description."""

REGIONAL_ROLES: frozenset[str] = frozenset(
    {"bupati", "gubernur", "walikota", "kota", "wabup", "wagub", "wawali", "camat", "lurah"}
    | {"kapolda", "kapolres", "kapolresta", "kapolsek", "kajati", "kajari", "dandim", "danrem"}
    | {"pangdam", "kabupaten", "provinsi", "kecamatan"}
)
"""Roles of a region, written before the region's name and then the person's ("Bupati
Lamongan Fadeli", "Gubernur Jawa Barat Ridwan Kamil"): the region is not part of the name."""

REGION_FIRST: frozenset[str] = frozenset(
    {"jawa", "sumatera", "sumatra", "kalimantan", "sulawesi", "nusa", "kepulauan", "bangka"}
    | {"dki", "daerah", "metro", "tanjung", "kota", "kabupaten", "papua", "maluku"}
)
"""First words of a region's name of two words ("Jawa Barat", "Kepulauan Seribu")."""

GENERIC_SUBJECTS: frozenset[str] = frozenset(
    {
        "para",
        "pengamat",
        "analis",
        "sumber",
        "pihak",
        "warga",
        "banyak",
        "sejumlah",
        "beberapa",
        "kedua",
        "pejabat",
        "orang",
        "ahli",
        "pakar",
        "media",
        "kalangan",
        "masyarakat",
        "seorang",
        "pengguna",
        "netizen",
        "warganet",
        "salah",
    }
)
"""Head words of subjects that name no one in particular ("para pengamat", "sumber")."""

MEDIUM_BEFORE: tuple[tuple[str, ...], ...] = (
    ("kepada",),
    ("dikutip", "dari"),
    ("seperti", "dikutip", "dari"),
    ("seperti", "dikutip"),
    ("dikutip",),
    ("dilansir", "dari"),
    ("seperti", "dilansir", "dari"),
    ("seperti", "dilansir"),
    ("dilansir",),
    ("mengutip",),
    ("melansir",),
    ("seperti", "diberitakan"),
    ("diberitakan",),
    ("dalam", "wawancara", "dengan"),
    ("dalam", "wawancara", "eksklusif", "dengan"),
    ("saat", "diwawancarai"),
    ("kepada", "wartawan"),
)
"""Word sequences before the name of the medium of a statement."""

INTERVIEWER_WORDS: frozenset[str] = frozenset({"kepada", "dengan"})
"""A medium introduced by these took the words first-hand and wins over a relaying agency."""

NON_NAME_CAPITALS: frozenset[str] = frozenset(
    {
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "ahad",
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    }
)
"""Capitalised words that are never part of a speaker's or medium's name."""

ORG_HEADS: frozenset[str] = frozenset(
    {
        "center",
        "centre",
        "institute",
        "institut",
        "universitas",
        "university",
        "foundation",
        "yayasan",
        "council",
        "kementerian",
        "partai",
        "badan",
        "lembaga",
        "komisi",
        "bank",
        "tbk",
        "corp",
        "group",
        "grup",
        "asosiasi",
        "association",
        "forum",
        "organisasi",
        "dinas",
        "polda",
        "polres",
        "kejaksaan",
        "pengadilan",
        "mahkamah",
        "inc",
        "ltd",
        "agency",
        "fund",
        "company",
    }
)
"""Words that end an organisation's name; a person named after one is the name after it."""

TITLE_ABBREVIATION = re.compile(
    r"(?:Wa)?(?:Ka(?:pol|dis|sat|sub|bag|bid|biro|jari|jati|kan|lak|pus|nit|div|penkum)"
    r"|Dan(?:dim|rem|ramil|lanal|lantamal|yon|pom|kor|sat|lanud|guskamla)"
    r"|Pang(?:dam|kostrad|koarmada|kogab|kohanudnas|lima)"
    r"|Dir(?:jen|ut|res|lantas|reskrim|krim|pam|binmas)"
    r"|Ses(?:jen|menko)|Sekjen|Sekda|Sekot"
    r"|Men(?:ko|keu|lu|hub|kes|dag|perin|kumham|pan|sos|dik|pora|par|tan|ag|kominfo|lhk"
    r"|pupr|esdm|naker|ristek|bumn|pppa|kp|desa|han|dagri|sesneg|atr|kop|ppn))[a-z]*"
)
"""A one-word short title ("Kapolsek", "Kadiskes", "Dandim", "Menkumham"): a role, not a name."""

DEGREES: frozenset[str] = frozenset(
    {
        "sh",
        "sik",
        "mh",
        "msi",
        "mm",
        "se",
        "st",
        "spd",
        "sag",
        "sip",
        "sos",
        "ssos",
        "skom",
        "sked",
        "ssi",
        "mt",
        "mba",
        "ma",
        "msc",
        "phd",
        "sp",
        "spog",
        "mkes",
        "mpd",
        "mag",
        "lc",
    }
)
"""Academic degrees written after a name ("Johanes Siboro SH, SIK"; "Hengky Setyahadi Sp. B")."""

FEELINGS: frozenset[str] = frozenset(
    {
        "puas",
        "kecewa",
        "senang",
        "bangga",
        "sedih",
        "khawatir",
        "cemas",
        "takut",
        "bahagia",
        "gembira",
        "terkejut",
        "kaget",
        "heran",
        "bersyukur",
        "menyesal",
        "bersalah",
        "percaya",
        "lega",
        "terharu",
        "kesal",
        "malu",
        "prihatin",
        "optimistis",
        "optimis",
        "pesimistis",
    }
)
"""States after "mengaku" that report a feeling, not a statement ("mengaku puas dengan …")."""

DEGREE_ADVERBS: frozenset[str] = frozenset(
    {"tidak", "tak", "belum", "sangat", "cukup", "sedikit", "masih", "sudah", "sempat", "amat"}
    | {"begitu", "sepenuhnya", "agak", "juga", "pun", "merasa", "sangatlah", "benar-benar"}
)
"""Words between "mengaku" and a feeling ("mengaku belum sepenuhnya puas")."""
