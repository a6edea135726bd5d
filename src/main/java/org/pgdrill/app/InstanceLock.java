package org.pgdrill.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pgdrill.progress.ProgressStoreException;
import org.pgdrill.progress.ProgressStoreException.Reason;
import org.pgdrill.progress.StorageProblems;

/**
 * One pgdrill per data folder. The first one holds an OS lock on {@code pgdrill.lock} (released by the OS
 * even after {@code kill -9}) and, for the GUI, listens on a loopback port written to
 * {@code pgdrill.instance} with a random token; a second launch asks it to bring its window to the front.
 */
public final class InstanceLock implements AutoCloseable {
    static final String LOCK_FILE = "pgdrill.lock";
    static final String INSTANCE_FILE = "pgdrill.instance";
    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());
    private static final String FOCUS = "FOCUS ";
    private static final int TIMEOUT_MILLIS = 2000;

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;
    private ServerSocket server;

    private InstanceLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails with {@link Reason#LOCKED} when another pgdrill uses {@code dataDir}. */
    public static InstanceLock acquire(Path dataDir) throws ProgressStoreException {
        StorageProblems.requireWritable(dataDir);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw alreadyRunning(dataDir);
            }
            return new InstanceLock(dataDir, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyRunning(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageProblems.classify(dataDir, "take the instance lock", e);
        }
    }

    private static ProgressStoreException alreadyRunning(Path dataDir) {
        return new ProgressStoreException(Reason.LOCKED, "pgdrill is already running with the data folder " + dataDir
                + ". Switch to its window, or close it and try again.", null);
    }

    /** Starts answering focus requests from later launches; {@code onFocus} runs on a background thread. */
    public synchronized void listenForFocusRequests(Runnable onFocus) throws IOException {
        if (server != null) {
            return;
        }
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server = socket;
        Path temp = dataDir.resolve(INSTANCE_FILE + ".tmp");
        Files.writeString(temp, socket.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
        Files.move(temp, dataDir.resolve(INSTANCE_FILE), StandardCopyOption.REPLACE_EXISTING);
        Thread listener = new Thread(() -> serve(socket, token, onFocus), "pgdrill-focus-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private static void serve(ServerSocket socket, String token, Runnable onFocus) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                if ((FOCUS + token).equals(in.readLine())) {
                    onFocus.run();
                    OutputStream out = client.getOutputStream();
                    out.write("OK\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                if (!socket.isClosed()) {
                    LOG.log(Level.FINE, "A focus request failed", e);
                }
            }
        }
    }

    /** Asks the pgdrill running on {@code dataDir} to show its window; false if none answered. */
    public static boolean requestFocus(Path dataDir) {
        try {
            List<String> parts = List.of(Files.readString(dataDir.resolve(INSTANCE_FILE), StandardCharsets.UTF_8).strip().split(" "));
            if (parts.size() != 2) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts.get(0))), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                socket.getOutputStream().write((FOCUS + parts.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
                return "OK".equals(reply);
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.close();
                Files.deleteIfExists(dataDir.resolve(INSTANCE_FILE));
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not stop listening for focus requests", e);
            }
            server = null;
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not release the instance lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do: the OS releases the lock with the process
            }
        }
    }
}
