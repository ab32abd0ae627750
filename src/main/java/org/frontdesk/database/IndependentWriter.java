package org.frontdesk.database;

/**
 * Names the data source with its own few connections, for writers that requests wait on (see
 * {@code DataSourceConfiguration}). Inject it with {@code @Qualifier(IndependentWriter.BEAN_NAME)}.
 */
public final class IndependentWriter {

    public static final String BEAN_NAME = "independentWriterDataSource";

    private IndependentWriter() {}
}
