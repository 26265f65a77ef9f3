# memory bomb: '\t'.expandtabs(10**10)
y = '\t\t'.expandtabs(10**10)
