package vn.plans.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import vn.plans.pipeline.InputFiles;

/**
 * The inputs of a run, listed on the driver. Paths on this machine's file system (no scheme, or {@code file:}) are
 * walked exactly as {@code plans ingest} walks them ({@link InputFiles}: canonical paths, {@code .plansignore},
 * links out of the roots refused with a reason), so both ingests see the same files under the same names. Paths
 * of other Hadoop file systems ({@code hdfs://}, {@code s3a://}) are listed recursively through Hadoop, leaving
 * out names that start with {@code .} or {@code _} (hidden and job-marker files); their URI is their name.
 */
public final class Inputs {
    private Inputs() {}

    /** The files to survey and the paths refused while walking. */
    public record Listing(List<String> local, List<String> remote, List<InputFiles.Refusal> refused) {
        public int size() { return local.size() + remote.size(); }
    }

    /**
     * @param paths   files or directories
     * @param listing a file (on any Hadoop file system) with one input path per line ({@code #} comments), or null
     */
    public static Listing list(List<String> paths, String listing, Configuration conf) throws IOException {
        List<String> all = new ArrayList<>(paths);
        if (listing != null) all.addAll(readListing(listing, conf));
        List<Path> local = new ArrayList<>();
        TreeSet<String> remote = new TreeSet<>();
        for (String p : all) {
            Path l = localPath(p);
            if (l != null) {
                if (!Files.exists(l)) throw new IllegalArgumentException("no such file or directory: " + p);
                local.add(l);
            } else {
                listRemote(new org.apache.hadoop.fs.Path(p), conf, remote);
            }
        }
        InputFiles.Walk walk = local.isEmpty() ? new InputFiles.Walk(List.of(), List.of()) : InputFiles.walk(local);
        return new Listing(walk.files().stream().map(Path::toString).toList(), List.copyOf(remote), walk.refused());
    }

    /** The local path of {@code p} (no scheme or {@code file:}), or null for another file system. */
    static Path localPath(String p) {
        java.net.URI uri = new org.apache.hadoop.fs.Path(p).toUri();
        if (uri.getScheme() == null) return Path.of(p);
        if (uri.getScheme().equals("file")) return Path.of(uri.getPath());
        return null;
    }

    private static List<String> readListing(String listing, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(listing);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getFileSystem(conf).open(p), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        }
        return out;
    }

    private static void listRemote(org.apache.hadoop.fs.Path p, Configuration conf, TreeSet<String> out) throws IOException {
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) throw new IllegalArgumentException("no such file or directory: " + p);
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            String name = s.getPath().getName();
            if (s.isFile() && !name.startsWith(".") && !name.startsWith("_")) out.add(s.getPath().toString());
        }
    }
}
