package org.wuzhenkiosk;

import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/** The JVM's live objects by class, after a full collection (as {@code jcmd PID GC.class_histogram} prints). */
final class ClassHistogram {

    private ClassHistogram() {
    }

    /** The histogram as the JVM prints it: a line a class, with its instances and bytes. */
    static String text() {
        try {
            return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        } catch (JMException e) {
            throw new IllegalStateException("the JVM gave no class histogram", e);
        }
    }

    /** How many live instances of the class named {@code className} there are now. */
    static long instances(String className) {
        Matcher line = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)",
                Pattern.MULTILINE).matcher(text());
        return line.find() ? Long.parseLong(line.group(1)) : 0;
    }
}
