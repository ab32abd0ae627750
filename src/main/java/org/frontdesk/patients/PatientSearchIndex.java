package org.frontdesk.patients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * An in-memory Lucene index over the names, dates of birth, phones and MRNs of all patients, kept in step with
 * PostgreSQL (see {@link PatientSearchIndexSync}). PostgreSQL stays the source of truth: the index only yields
 * ranked patient ids, and the rows are then read from the database.
 *
 * <p>Why not SQL: a {@code pg_trgm} similarity query over a million names scans long posting lists for common
 * trigrams (p95 70 ms here); Lucene's Levenshtein automata and phonetic keys answer in a few milliseconds.
 */
@Component
class PatientSearchIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String PHONETIC = "phonetic";
    private static final String BIRTH_DATE = "dob";
    private static final String PHONE = "phone";
    private static final String MRN = "mrn";
    private static final String SORT_NAME = "sortName";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    PatientSearchIndex() {
        try {
            var config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces a patient; visible to searches once {@link #refresh()} has run. */
    void put(Patient patient) {
        try {
            writer.updateDocument(new Term(ID, patient.id().toString()), document(patient));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            writer.deleteAll();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Patient ids, best match first. */
    List<UUID> search(PatientQuery query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            var searcher = searchers.acquire();
            try {
                var sort = new Sort(SortField.FIELD_SCORE, new SortField(SORT_NAME, SortField.Type.STRING));
                var hits = searcher.search(toLucene(query), limit, sort);
                var ids = new ArrayList<UUID>(hits.scoreDocs.length);
                var storedFields = searcher.storedFields();
                for (var hit : hits.scoreDocs) {
                    ids.add(UUID.fromString(storedFields.document(hit.doc).get(ID)));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    private static Query toLucene(PatientQuery query) {
        var all = new BooleanQuery.Builder();
        for (var token : query.nameTokens()) {
            all.add(nameClause(token), Occur.MUST);
        }
        if (query.birthDate() != null) {
            all.add(new TermQuery(new Term(BIRTH_DATE, query.birthDate().toString())), Occur.FILTER);
        }
        if (query.phoneDigits() != null) {
            all.add(new TermQuery(new Term(PHONE, query.phoneDigits())), Occur.FILTER);
        }
        if (query.mrn() != null) {
            all.add(new TermQuery(new Term(MRN, query.mrn())), Occur.FILTER);
        }
        return all.build();
    }

    /**
     * One name fragment matches exactly, as a prefix (typing in progress), by sound, or within one or two typing
     * errors; each way scores a fixed amount so that ranking reads as "exact before prefix before sound-alike
     * before typo".
     */
    private static Query nameClause(String token) {
        var ways = new BooleanQuery.Builder();
        ways.add(scored(new TermQuery(new Term(NAME, token)), 8f), Occur.SHOULD);
        if (token.length() >= 2) {
            ways.add(scored(new PrefixQuery(new Term(NAME, token)), 4f), Occur.SHOULD);
        }
        for (var key : NameTokens.phoneticKeys(token)) {
            ways.add(scored(new TermQuery(new Term(PHONETIC, key)), 2f), Occur.SHOULD);
        }
        int edits = token.length() >= 6 ? 2 : token.length() >= 3 ? 1 : 0;
        if (edits > 0) {
            ways.add(scored(new FuzzyQuery(new Term(NAME, token), edits, 1, 50, true), 1f), Occur.SHOULD);
        }
        return ways.build();
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static Document document(Patient patient) {
        var details = patient.details();
        var doc = new Document();
        doc.add(new StringField(ID, patient.id().toString(), Field.Store.YES));
        var names = new ArrayList<String>();
        names.addAll(NameTokens.tokens(details.name().family()));
        names.addAll(NameTokens.tokens(details.name().given()));
        if (details.name().middle() != null) {
            names.addAll(NameTokens.tokens(details.name().middle()));
        }
        if (details.preferredName() != null) {
            names.addAll(NameTokens.tokens(details.preferredName()));
        }
        for (var name : names) {
            doc.add(new StringField(NAME, name, Field.Store.NO));
            for (var key : NameTokens.phoneticKeys(name)) {
                doc.add(new StringField(PHONETIC, key, Field.Store.NO));
            }
        }
        doc.add(new StringField(BIRTH_DATE, details.birthDate().toString(), Field.Store.NO));
        if (details.mobilePhone() != null) {
            doc.add(new StringField(PHONE, details.mobilePhone().digits(), Field.Store.NO));
        }
        if (details.homePhone() != null) {
            doc.add(new StringField(PHONE, details.homePhone().digits(), Field.Store.NO));
        }
        doc.add(new StringField(MRN, patient.mrn().value(), Field.Store.NO));
        // Inactive patients sort after active ones with the same score.
        var sortName = (patient.active() ? "0" : "1") + details.name().filingName();
        doc.add(new SortedDocValuesField(SORT_NAME, new BytesRef(sortName)));
        return doc;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
