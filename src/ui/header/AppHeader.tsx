import MenuBookIcon from '@mui/icons-material/MenuBook';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';

import { HOSTPROCESS_DOC_URL } from '@/core/model/windows';
import { ThemeToggle } from '@/ui/header/ThemeToggle';

/** Product name and the global actions. */
export function AppHeader() {
  return (
    <AppBar position="static" color="primary" enableColorOnDark>
      <Toolbar sx={{ gap: 1 }}>
        <Typography variant="h6" component="h1" sx={{ flexGrow: 1, fontSize: { xs: 17, sm: 20 } }}>
          HostProcess Pod Builder
        </Typography>
        <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}>
          <ThemeToggle />
          <Tooltip title="HostProcess documentation (kubernetes.io)" describeChild>
            <IconButton
              color="inherit"
              aria-label="HostProcess documentation"
              href={HOSTPROCESS_DOC_URL}
              target="_blank"
              rel="noopener noreferrer"
            >
              <MenuBookIcon />
            </IconButton>
          </Tooltip>
        </Box>
      </Toolbar>
    </AppBar>
  );
}
