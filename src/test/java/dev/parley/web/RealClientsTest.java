package dev.parley.web;

import dev.parley.testing.CliRun;
import dev.parley.testing.Programs;
import dev.parley.testing.Programs.Result;
import dev.parley.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real clients against the server: b4 0.12 and lei (public-inbox 1.9), Debian's packages, as people run them, and
 * {@code parley fetch} from a second Parley; what each receives is compared with {@code parley export}. Each program
 * runs with a home directory of its own in a temporary folder (b4's cache, lei's store and daemon socket). Where the
 * programs are missing these tests say SKIPPED, except in CI ({@code CI} set), whose {@code .ci/run} installs them.
 */
class RealClientsTest {

    private static final ServeFixture f = ServeFixture.shared();
    private static Path home;

    @BeforeAll
    static void home() throws IOException {
        home = Files.createTempDirectory("parley-clients-");
    }

    @AfterAll
    static void stopLei() throws Exception {
        if (onPath("lei")) run(List.of("lei", "daemon-kill"), 30); // the daemon lei started for these tests
    }

    @Test
    void b4MboxGetsTheThreadByteForByte() throws Exception {
        require("b4", "git");
        assertSameById(export(), b4Mbox("b4-all", f.base + "/all/" + ServeFixture.WAVEFS_ROOT + "/"));
    }

    @Test
    void b4FindsTheInboxOfAListUrlByItsRedirect() throws Exception {
        require("b4", "git");
        // not /all/: b4 asks HEAD LIST/MSGID and takes the inbox from the Location it is sent to
        assertSameById(export(), b4Mbox("b4-list", f.base + "/driverdev-devel/" + ServeFixture.WAVEFS_ROOT + "/"));
        Result unknown = run(List.of("b4", "mbox", "-o", home.toString(), f.base + "/all/no-such-id@nowhere.example/"), 120);
        assertTrue(unknown.code() != 0 && unknown.output().contains("That message-id is not known."), unknown.output());
    }

    @Test
    void leiQueryGetsWholeThreadsAsExported() throws Exception {
        require("lei", "curl", "git");
        Path out = home.resolve("lei-threads.mbox");
        Result r = run(List.of("lei", "q", "--only", f.base + "/all/", "-t", "-o", "mboxrd:" + out, "f:neilb", "s:wavefs"), 180);
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("x=m&t=1&q="), "lei asked for whole threads: " + r.output());
        List<byte[]> got = new ArrayList<>();
        for (byte[] m : ServeFixture.messages(Files.readAllBytes(out))) got.add(withoutLeiStatus(m));
        assertSameById(export(), got);
    }

    /** The same messages byte for byte, in any order (b4 and lei write in orders of their own). */
    private static void assertSameById(List<byte[]> expected, List<byte[]> got) {
        assertEquals(expected.size(), got.size(), "messages");
        Map<String, byte[]> byId = new HashMap<>();
        for (byte[] m : got) byId.put(messageId(m), m);
        for (byte[] m : expected) assertArrayEquals(m, byId.get(messageId(m)), messageId(m));
    }

    @Test
    void leiQueryGetsTheMatchesAndNothingWhenNothingMatches() throws Exception {
        require("lei", "curl", "git");
        Path out = home.resolve("lei-matches.mbox");
        Result r = run(List.of("lei", "q", "--only", f.base + "/all/", "-o", "mboxrd:" + out, "f:neilb", "s:wavefs"), 180);
        assertEquals(0, r.code(), r.output());
        List<byte[]> got = ServeFixture.messages(Files.readAllBytes(out));
        assertEquals(2, got.size(), r.output());
        for (byte[] m : got) assertTrue(new String(m, StandardCharsets.UTF_8).contains("From: Neil Bramble <neilb@suse.example.com>"));
        // lei sends a relative date as public-inbox's dt: with seconds (d:N.days.ago.. becomes dt:YYYYMMDDhhmmss..)
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2018, 5, 1), java.time.LocalDate.now());
        Path recent = home.resolve("lei-recent.mbox");
        Result dated = run(List.of("lei", "q", "--only", f.base + "/all/", "-o", "mboxrd:" + recent, "s:wavefs",
                "d:" + days + ".days.ago.."), 180);
        assertEquals(0, dated.code(), dated.output());
        assertTrue(dated.output().contains("dt%3A"), dated.output());
        assertEquals(17, ServeFixture.messages(Files.readAllBytes(recent)).size(), dated.output());
        Path none = home.resolve("lei-none.mbox");
        Result nothing = run(List.of("lei", "q", "--only", f.base + "/all/", "-o", "mboxrd:" + none, "nosuchwordanywhere"), 180);
        assertEquals(0, nothing.code(), "a 404 is no results to lei: " + nothing.output());
        assertTrue(nothing.output().contains("0 written"), nothing.output());
    }

    @Test
    void parleyFetchesAThreadFromAnotherParley() throws Exception {
        Path other = home.resolve("other-index");
        CliRun fetch = CliRun.run(other, "fetch", "--quiet", "--base", f.base + "/all/", ServeFixture.WAVEFS_ROOT);
        assertEquals(0, fetch.code(), fetch.err());
        CliRun theirs = CliRun.run(other, "export", "--thread", ServeFixture.WAVEFS_ROOT);
        LoreUrlsTest.assertSameMessages(export(), ServeFixture.messages(theirs.out().getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code b4 mbox URL} into a folder of its own; the messages it saved. */
    private static List<byte[]> b4Mbox(String folder, String url) throws Exception {
        Path out = Files.createDirectories(home.resolve(folder));
        Result r = run(List.of("b4", "mbox", "-o", out.toString(), "-n", "thread.mbx", url), 120);
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("17 messages in the thread"), r.output());
        return ServeFixture.messages(Files.readAllBytes(out.resolve("thread.mbx")));
    }

    private static List<byte[]> export() {
        return new LoreUrlsTest().exportThread(ServeFixture.WAVEFS_ROOT);
    }

    /** lei records its keywords in a Status header it adds ("Status: O" for an old, unread message). */
    private static byte[] withoutLeiStatus(byte[] m) {
        String s = new String(m, StandardCharsets.ISO_8859_1);
        int end = s.indexOf("\n\n");
        String head = s.substring(0, end + 1).replaceFirst("(?m)^Status: [ROAFD]*\n", "");
        return (head + s.substring(end + 1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String messageId(byte[] m) {
        java.util.regex.Matcher x = java.util.regex.Pattern.compile("(?mi)^Message-ID:\\s*<([^>]+)>")
                .matcher(new String(m, StandardCharsets.ISO_8859_1));
        return x.find() ? x.group(1) : "";
    }

    private static Result run(List<String> command, int seconds) throws Exception {
        return Programs.run(home, command, null, seconds);
    }

    private static void require(String... programs) {
        Programs.require("b4 lei curl git", programs);
    }

    private static boolean onPath(String program) {
        return Programs.onPath(program);
    }
}
