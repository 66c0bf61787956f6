import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';

/**
 * MUI's components of the first screen (the header, the preset gallery): a chunk of their own
 * (vite.config.ts), evaluated in a task of its own before the regions that use them. Evaluated
 * with the regions, they made one task three times as long, over 40 ms on a busy phone.
 */
export { AppBar, Button, Container, IconButton, Paper, Stack, Toolbar };
