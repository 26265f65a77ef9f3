# memory bomb: format(1.5, '.100000000f')
y = format(1.5, '.100000000f')
