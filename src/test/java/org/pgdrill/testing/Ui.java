package org.pgdrill.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers for TestFX tests that act like a person on long, scrolling pages. */
public final class Ui {
    private Ui() {
    }

    /** Scrolls the page so the node is in view (a person scrolls before clicking), then returns it. */
    public static Node inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double target = inContent.getMinY() - viewport / 3;
                    scroll.setVvalue(contentHeight <= viewport ? 0 : Math.max(0, Math.min(1, target / (contentHeight - viewport))));
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }
}
