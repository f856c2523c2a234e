//! Readers for token-per-line NER data (CoNLL-2003 in IOB1, CrossNER in
//! IOB2), and the plain-text view the product sees: a document's sentences
//! joined by "\n", tokens by " ", with gold spans as code-point offsets.

/// One document as article text with its gold entity spans.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub text: String,
    /// (start, end, type), code points, end exclusive, type upper-cased
    /// ("PER", "LOC", "POLITICIAN", ...).
    pub spans: Vec<(usize, usize, String)>,
}

/// Reads CoNLL-2003 (`TOKEN POS CHUNK NE`) or CrossNER (`TOKEN\tTAG`).
/// `-DOCSTART-` lines split documents whether they precede or follow one;
/// a file without them is one document per `per_doc` sentences.
pub fn parse(data: &str, per_doc: usize) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut doc = Builder::default();
    let mut sent: Vec<(String, String)> = Vec::new();
    for line in data.lines().chain(std::iter::once("")) {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            doc.push_sentence(&mut sent);
            doc.finish(&mut docs);
            continue;
        }
        if line.is_empty() {
            doc.push_sentence(&mut sent);
            if doc.sentences >= per_doc {
                doc.finish(&mut docs);
            }
            continue;
        }
        let mut cols = line.split(['\t', ' ']).filter(|c| !c.is_empty());
        let token = cols.next().unwrap_or_default().to_string();
        let tag = cols.next_back().unwrap_or("O").to_string();
        sent.push((token, tag));
    }
    doc.push_sentence(&mut sent);
    doc.finish(&mut docs);
    docs
}

#[derive(Default)]
struct Builder {
    doc: Doc,
    len: usize,
    sentences: usize,
}

impl Builder {
    fn push_sentence(&mut self, sent: &mut Vec<(String, String)>) {
        if sent.is_empty() {
            return;
        }
        if self.len > 0 {
            self.doc.text.push('\n');
            self.len += 1;
        }
        let mut open: Option<(usize, String)> = None;
        let mut last_end = self.len;
        for (k, (token, tag)) in sent.iter().enumerate() {
            if k > 0 {
                self.doc.text.push(' ');
                self.len += 1;
            }
            let start = self.len;
            self.doc.text.push_str(token);
            self.len += token.chars().count();
            let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
            let kind = kind.to_uppercase();
            // IOB1 and IOB2 alike: B- always opens; I- opens when the type changes.
            let continues = prefix == "I" && open.as_ref().is_some_and(|(_, t)| *t == kind);
            if !continues {
                if let Some((s, t)) = open.take() {
                    self.doc.spans.push((s, last_end, t));
                }
                if prefix != "O" {
                    open = Some((start, kind));
                }
            }
            last_end = self.len;
        }
        if let Some((s, t)) = open.take() {
            self.doc.spans.push((s, last_end, t));
        }
        self.sentences += 1;
        sent.clear();
    }

    fn finish(&mut self, docs: &mut Vec<Doc>) {
        if self.len > 0 {
            docs.push(std::mem::take(&mut self.doc));
        }
        self.len = 0;
        self.sentences = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_spans_and_trailing_docstart() {
        let data = "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nsaw X X O\nBonn X X I-LOC\nParis X X B-LOC\n\n-DOCSTART- -X- O O\n\nJo X X I-PER\n";
        let docs = parse(data, usize::MAX);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "Peter Blackburn saw Bonn Paris");
        let spans: Vec<_> = docs[0]
            .spans
            .iter()
            .map(|(s, e, t)| (&docs[0].text[*s..*e], t.as_str()))
            .collect();
        assert_eq!(
            spans,
            vec![
                ("Peter Blackburn", "PER"),
                ("Bonn", "LOC"),
                ("Paris", "LOC")
            ]
        );
        assert_eq!(docs[1].spans, vec![(0, 2, "PER".to_string())]);
    }

    #[test]
    fn iob2_tab_separated() {
        let docs = parse("Angela\tB-politician\nMerkel\tI-politician\nspoke\tO\n", 10);
        assert_eq!(docs[0].spans, vec![(0, 13, "POLITICIAN".to_string())]);
    }
}
