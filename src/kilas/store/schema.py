"""Table definitions of the kilas store (SQLAlchemy Core).

These are the tables as migration 1 creates them. A later migration that
changes a table alters it in ``migrations.py`` *and* updates its definition
here, so queries always see the current shape; :data:`V1_TABLES` stays the
list migration 1 creates.

JSON columns are plain text holding ``json.dumps`` output, so a value reads
back byte-for-byte on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _article_fk() -> ForeignKey:
    """A reference to an article that goes when the article goes."""
    return ForeignKey("articles.id", ondelete="CASCADE")


migrations = Table(
    "migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("source", String, nullable=False),
    Column("url", String),
    Column("outlet", String),
    Column("title", Text),
    Column("dateline", String),
    Column("published", String),
    Column("date", String),
    Column("date_kind", String, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("doc", Text, nullable=False),  # Article.to_dict() as JSON
    Column("digest", String, nullable=False),  # sha256 of doc: unchanged without reading it
    Column("ingested_at", String, nullable=False),
    Index("ix_articles_date_source", "date", "source"),
    Index("ix_articles_outlet", "outlet"),
)

article_sources = Table(
    "article_sources",
    metadata,
    Column("source", String, primary_key=True),
    Column("article_id", String, _article_fk(), nullable=False, index=True),
)

removed_lines = Table(
    "removed_lines",
    metadata,
    Column("article_id", String, _article_fk(), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("reason", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("raw_start", Integer, nullable=False),
    Column("raw_end", Integer, nullable=False),
    Index("ix_removed_lines_reason", "reason"),
)

duplicates = Table(
    "duplicates",
    metadata,
    Column("article_id", String, _article_fk(), primary_key=True),
    Column("other_id", String, _article_fk(), primary_key=True, index=True),
    Column("relation", String, nullable=False),
    Column("shared", Float, nullable=False),
)

paragraph_duplicates = Table(
    "paragraph_duplicates",
    metadata,
    Column("article_id", String, _article_fk(), primary_key=True),
    Column("paragraph", Integer, primary_key=True, autoincrement=False),
    Column("other_id", String, _article_fk(), primary_key=True, index=True),
    Column("other_paragraph", Integer, primary_key=True, autoincrement=False),
    Column("shared", Float, nullable=False),
)

minhashes = Table(
    "minhashes",
    metadata,
    Column("article_id", String, _article_fk(), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("date", String),
)

state = Table(
    "state",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),  # JSON
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String, nullable=False),
    Column("paths", Text, nullable=False),  # JSON list
    Column("counts", Text, nullable=False),  # JSON object
    Column("rejected", Text, nullable=False),  # JSON list of Rejected.to_dict()
)

# ----------------------------------------------------------- later stages

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String, _article_fk(), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String, nullable=False),
    Column("entity_id", String, index=True),
    Column("role", String),
    Column("name", String),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False, index=True),
    Column("type", String, nullable=False),
    Column("salience", Float, nullable=False, default=0.0),
    Column("doc", Text, nullable=False),  # Entity.to_dict()
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("name", String, primary_key=True),
    Column("count", Integer, nullable=False),
    Index("ix_entity_aliases_name", "name"),
)

time_exprs = Table(
    "time_exprs",
    metadata,
    Column("article_id", String, _article_fk(), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String),
    Column("granularity", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("anchor", String),
    Column("confidence", Float, nullable=False),
    Column("evidence", Text, nullable=False),
    Index("ix_time_exprs_value", "value"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("article_id", String, _article_fk(), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("speaker", String),
    Column("entity_id", String, index=True),
    Column("date", String),
    Column("doc", Text, nullable=False),  # Quote.to_dict()
)

stories = Table(
    "stories",
    metadata,
    Column("id", String, primary_key=True),
    Column("label", String, nullable=False),
    Column("start", String),
    Column("end", String),
    Column("doc", Text, nullable=False),  # Story.to_dict()
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", String, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String, _article_fk(), primary_key=True, index=True),
)

timeline = Table(
    "timeline",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("date", String, nullable=False, index=True),
    Column("granularity", String, nullable=False),
    Column("description", Text, nullable=False),
    Column("story_id", String, ForeignKey("stories.id", ondelete="CASCADE"), index=True),
    Column("score", Float, nullable=False, default=0.0),
    Column("citations", Text, nullable=False),  # JSON list of Citation.to_dict()
)

# ----------------------------------------------------------- duplicate index (migration 3)

dedup_texts = Table(
    "dedup_texts",
    metadata,
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True),
    Column("article_id", String, _article_fk(), nullable=False),
    Column("paragraph", Integer, nullable=False),  # -1: the whole article
    Column("signature", LargeBinary, nullable=False),  # see kilas.corpus.dedup
    Column("date", String),
    Index("ix_dedup_texts_article", "article_id", "paragraph", unique=True),
)
"""Texts of the duplicate index: an article or one of its long paragraphs, with its MinHash."""

dedup_buckets = Table(
    "dedup_buckets",
    metadata,
    Column("bucket", BigInteger, primary_key=True, autoincrement=False),
    Column("text_id", BigInteger, primary_key=True, autoincrement=False),
    sqlite_with_rowid=False,
)
"""LSH band and exact-text buckets: ``(bucket key, dedup_texts.id)``, looked up by key.

No foreign key, so a write checks nothing per row; a key whose text is gone is skipped.
"""

V1_TABLES = (
    articles,
    article_sources,
    removed_lines,
    duplicates,
    paragraph_duplicates,
    minhashes,
    state,
    runs,
    mentions,
    entities,
    entity_aliases,
    time_exprs,
    quotes,
    stories,
    story_articles,
    timeline,
)
"""What migration 1 creates (``migrations`` itself is bootstrapped on open)."""
