"""The ECB+ reader of ``eval events --cross-doc``, on two tiny documents written in ECB+'s format."""

from __future__ import annotations

from pathlib import Path

from dateline.evaluation.crossdoc import read_ecbplus

DOC = """<Document doc_name="{name}" doc_id="x">
<token t_id="1" sentence="0" number="0">Rebels</token>
<token t_id="2" sentence="0" number="1">{verb}</token>
<token t_id="3" sentence="0" number="2">the</token>
<token t_id="4" sentence="0" number="3">town</token>
<token t_id="5" sentence="1" number="0">Talks</token>
<token t_id="6" sentence="1" number="1">failed</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"  >
  <token_anchor t_id="2"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"  >
  <token_anchor t_id="6"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_attack" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
  <source m_id="1" />
  <target m_id="9" />
</CROSS_DOC_COREF>
</Relations>
</Document>
"""


def test_reader_keeps_annotated_sentences_and_links_cross_document_instances(tmp_path: Path) -> None:
    topic = tmp_path / "ECB+" / "9"
    topic.mkdir(parents=True)
    (topic / "9_1ecb.xml").write_text(DOC.format(name="9_1ecb.xml", verb="shelled"), encoding="utf-8")
    (topic / "9_2ecb.xml").write_text(DOC.format(name="9_2ecb.xml", verb="attacked"), encoding="utf-8")
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n9,1ecb,0\n9,2ecb,0\n9,2ecb,1\n", encoding="utf-8")
    documents = read_ecbplus(tmp_path)
    assert [d.text for d in documents] == ["Rebels shelled the town\nTalks failed",
                                           "Rebels attacked the town\nTalks failed"]
    first, second = documents
    assert [(first.text[m.start:m.end], m.gold) for m in first.mentions] == [("shelled", "ACT1")]  # sentence 1 unread
    assert [second.text[m.start:m.end] for m in second.mentions] == ["attacked", "failed"]
    assert second.mentions[1].gold == "9_2ecb.xml#2"  # linked to nothing: its own instance
