package com.hindsight.jobs.analyze.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.Set;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The pipeline stage that turns a text column into the terms of {@link ChineseTerms} (words of
 * the search's segmentation with negation marks, word pairs, characters and character pairs,
 * emoticons, bank-term marks). Saved and loaded with the {@code PipelineModel} like MLlib's own
 * stages: its parameters go to the stage's metadata, the code is this class, so a model saved
 * with it needs the jobs jar on the class path of whoever loads it (the executors have it).
 */
public final class ChineseTermsTransformer extends Transformer implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final Param<String> kinds;

    public ChineseTermsTransformer(String uid) {
        this.uid = uid;
        this.inputCol = new Param<>(this, "inputCol", "the text column");
        this.outputCol = new Param<>(this, "outputCol", "the array<string> column of terms");
        this.kinds = new Param<>(this, "kinds", "comma-separated kinds of terms (ChineseTerms.Kind)");
        setDefault(kinds, String.join(",", Arrays.stream(ChineseTerms.Kind.values())
                .map(Enum::name).toList()));
    }

    /** MLlib's reader calls this to load the stage from a saved pipeline. */
    public static MLReader<ChineseTermsTransformer> read() {
        return new DefaultParamsReader<>();
    }

    public static ChineseTermsTransformer load(String path) {
        return read().load(path);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> kinds() {
        return kinds;
    }

    public ChineseTermsTransformer setKinds(Set<ChineseTerms.Kind> value) {
        set(kinds, String.join(",", value.stream().map(Enum::name).sorted().toList()));
        return this;
    }

    public ChineseTermsTransformer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public ChineseTermsTransformer setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        Set<ChineseTerms.Kind> read = ChineseTerms.kinds($(kinds));
        UserDefinedFunction terms = udf((UDF1<String, String[]>) text ->
                ChineseTerms.of(text, read).toArray(new String[0]),
                DataTypes.createArrayType(DataTypes.StringType, false));
        return dataset.withColumn($(outputCol), terms.apply(col($(inputCol))));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        String in = $(inputCol);
        if (!Arrays.asList(schema.fieldNames()).contains(in)
                || !schema.apply(in).dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("the sentiment terms need a string column " + in
                    + "; the data has " + schema.simpleString());
        }
        if (Arrays.asList(schema.fieldNames()).contains($(outputCol))) {
            throw new IllegalArgumentException("column " + $(outputCol) + " already exists");
        }
        return schema.add(new StructField($(outputCol),
                DataTypes.createArrayType(DataTypes.StringType, false), false,
                org.apache.spark.sql.types.Metadata.empty()));
    }

    @Override
    public ChineseTermsTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }
}
