/**
 * Notifications as staff read them: worded in the reader's language from the kind and arguments the
 * core keeps ({@link org.bilet.web.notifications.NotificationTexts}, shared by the API and the
 * screens), and the bell of the desk's top bar ({@link org.bilet.web.notifications.NotificationBell}).
 */
package org.bilet.web.notifications;
