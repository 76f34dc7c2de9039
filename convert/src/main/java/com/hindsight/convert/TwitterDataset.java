package com.hindsight.convert;

import com.hindsight.core.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one Twitter15/16-style dataset lives and what it is called. {@code --in} may name the
 * dataset folder (holding {@code tree/} and {@code label.txt}) or its {@code tree/} folder.
 *
 * <p>The name is the dataset folder's name, lower case, without a {@code -trees} or
 * {@code _trees} suffix: {@code twitter15-trees} is {@code twitter15}. It names the output files
 * and is the incidents' {@code bank}. Incident ids start with {@code TW<digits>} for a name
 * {@code twitter<digits>} ({@code TW15-<source tweet id>}), otherwise with the upper-case name.
 *
 * @param name           the dataset name
 * @param incidentPrefix the start of every incident id
 * @param treeFolder     the folder of {@code <source tweet id>.txt} files
 * @param labels         the label file (may not exist)
 * @param displayRoot    the folder file names in problems are relative to
 */
record TwitterDataset(String name, String incidentPrefix, Path treeFolder, Path labels,
                      Path displayRoot) {
    private static final Pattern TWITTER = Pattern.compile("twitter(\\d+)");
    private static final Pattern SUFFIX = Pattern.compile("[-_]trees$");

    static TwitterDataset of(Path input) {
        if (!Files.isDirectory(input)) {
            throw new UserErrorException("--in " + input + " is not a folder");
        }
        Path folder = input.toAbsolutePath().normalize();
        Path trees = folder.resolve("tree");
        Path datasetFolder = folder;
        if (Files.isDirectory(trees)) {
            folder = trees;
        } else if (folder.getFileName() != null && folder.getFileName().toString().equals("tree")
                && folder.getParent() != null) {
            datasetFolder = folder.getParent();
        }
        if (datasetFolder.getFileName() == null) {
            throw new UserErrorException("--in " + input + ": cannot name the dataset after"
                    + " the root folder");
        }
        String name = SUFFIX.matcher(datasetFolder.getFileName().toString()
                .toLowerCase(Locale.ROOT)).replaceFirst("");
        Matcher twitter = TWITTER.matcher(name);
        String prefix = twitter.matches() ? "TW" + twitter.group(1) : name.toUpperCase(Locale.ROOT);
        Path root = datasetFolder.getParent() == null ? datasetFolder : datasetFolder.getParent();
        return new TwitterDataset(name, prefix, folder, datasetFolder.resolve("label.txt"), root);
    }

    /** A file's name in problems: relative to the dataset folder's parent. */
    String display(Path file) {
        return displayRoot.relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}
